#!/usr/bin/env bash
# Packs the libraries into a temporary folder feed, then builds and runs a fresh console project that
# references both packages from that feed, exactly as a user would. Also checks package sizes and that
# no Roslyn (Microsoft.CodeAnalysis*) assembly is among the transitive dependencies of the src projects.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
work=$(mktemp -d)
# A version of its own per run, so a package cached by an earlier run is never used instead of this build.
version="0.0.0-ci.$(date +%s)"
trap 'rm -rf "$work"' EXIT

echo "== Roslyn-free dependency check"
for project in src/*/*.csproj; do
  if dotnet list "$project" package --include-transitive | grep -i 'Microsoft\.CodeAnalysis'; then
    echo "error: $project depends on Microsoft.CodeAnalysis (the library must be Roslyn-free)" >&2
    exit 1
  fi
done

echo "== Pack"
dotnet pack src/SinoRussia.Nlp/SinoRussia.Nlp.csproj -c Release -o "$work/feed" -p:Version="$version" >/dev/null
dotnet pack src/SinoRussia.Nlp.Stance/SinoRussia.Nlp.Stance.csproj -c Release -o "$work/feed" -p:Version="$version" >/dev/null
ls -l "$work/feed"
for package in "$work"/feed/*.nupkg; do
  size=$(stat -c %s "$package")
  if [ "$size" -gt $((40 * 1024 * 1024)) ]; then
    echo "error: $package is $size bytes (limit 40 MB)" >&2
    exit 1
  fi
done

echo "== Consumer project"
cd "$work"
dotnet new console -o consumer >/dev/null
cd consumer
cat > nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$work/feed" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="SinoRussia.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
dotnet add package SinoRussia.Nlp --version "$version" >/dev/null
dotnet add package SinoRussia.Nlp.Stance --version "$version" >/dev/null
cp "$repo/.ci/consumer/Program.cs" Program.cs
dotnet build -c Release -v q -nologo >/dev/null
output=$(/usr/bin/time -f "quick start: %e s wall, %M KB peak" dotnet bin/Release/net10.0/consumer.dll "$repo/samples/data/000_a34bcc13e8b50a29.txt" 2>&1)
echo "$output"
grep -q "^tokens: [1-9]" <<<"$output" || { echo "error: no tokens" >&2; exit 1; }
grep -q "^entity: GPE China" <<<"$output" || { echo "error: China was not found as GPE" >&2; exit 1; }
grep -Eq "^stance: (favor|against|none) " <<<"$output" || { echo "error: no document stance" >&2; exit 1; }
echo "package test passed"
