using System.CommandLine;
using System.Diagnostics;
using SinoRussia.Nlp.Entities.Training;
using SinoRussia.Samples.Commands;

namespace SinoRussia.Samples.Entities;

/// <summary><c>build-clusters TEXT... --out FILE</c>: learns hierarchical word clusters from unlabelled text (a feature source for the entity tagger).</summary>
internal sealed class BuildClustersCommand : ICliCommand
{
    public Command Create()
    {
        var inputs = new Argument<string[]>("text") { Description = "Corpus files: .conllu (FORM column), .jsonl (staged schema: tokens, else tokenised text), .conll/.iob2 (first column), .tsv (tokenised 'text' column; rows with split=test are skipped), .txt (tokenised).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Where to write the clusters (path<TAB>word<TAB>count per line).", Required = true };
        var defaults = new WordClusterOptions();
        var algorithm = new Option<WordClusterAlgorithm>("--algorithm") { Description = "Brown (exact Brown clustering; minutes) or Distributional (PPMI + SVD + bisection; seconds).", DefaultValueFactory = _ => defaults.Algorithm };
        var clusters = new Option<int>("--clusters") { Description = "Number of leaf clusters.", DefaultValueFactory = _ => defaults.Clusters };
        var minCount = new Option<int>("--min-count") { Description = "Occurrences a word needs to be clustered.", DefaultValueFactory = _ => defaults.MinCount };
        var anchorMinCount = new Option<int>("--anchor-min-count") { Description = "Occurrences a word needs to help build the cluster tree (rarer words join the nearest leaf).", DefaultValueFactory = _ => defaults.AnchorMinCount };
        var seed = new Option<int>("--seed") { Description = "Seed (same input + options = identical file).", DefaultValueFactory = _ => defaults.Seed };
        var dimensions = new Option<int>("--dimensions") { Description = "Dimensions kept by the truncated SVD.", DefaultValueFactory = _ => defaults.Dimensions };
        var contextWords = new Option<int>("--context-words") { Description = "Most frequent words used as context features.", DefaultValueFactory = _ => defaults.ContextWords };
        var show = new Option<string[]>("--show") { Description = "Words whose cluster to print after building (repeatable).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("build-clusters", "Learn hierarchical word clusters (bit-string paths; prefixes are coarser clusters) from unlabelled text, by exact Brown clustering or by a fast distributional method (PPMI context vectors, truncated SVD, recursive spherical bisection).\n\nExample:\n  build-clusters ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu ../shared/data/gum/gum-train.conllu --out word-clusters.txt --clusters 256 --show Monday Russia Google")
        {
            inputs, output, algorithm, clusters, minCount, anchorMinCount, seed, dimensions, contextWords, show,
        };
        command.SetAction(parse =>
        {
            try
            {
                var options = new WordClusterOptions
                {
                    Algorithm = parse.GetValue(algorithm),
                    Clusters = parse.GetValue(clusters),
                    MinCount = parse.GetValue(minCount),
                    AnchorMinCount = parse.GetValue(anchorMinCount),
                    Seed = parse.GetValue(seed),
                    Dimensions = parse.GetValue(dimensions),
                    ContextWords = parse.GetValue(contextWords),
                };
                var builder = new WordClusterBuilder(options);
                var files = parse.GetValue(inputs)!;
                var stopwatch = Stopwatch.StartNew();
                var sentences = new List<IReadOnlyList<string>>();
                foreach (var file in files)
                {
                    var before = sentences.Count;
                    var tokens = 0L;
                    foreach (var sentence in ClusterCorpusReader.Read(file))
                    {
                        sentences.Add(sentence);
                        tokens += sentence.Count;
                    }

                    Console.WriteLine($"{file}: {sentences.Count - before:N0} sentences, {tokens:N0} tokens ({ClusterCorpusReader.Describe(file)}).");
                }

                var readTime = stopwatch.Elapsed;
                var result = builder.Build(sentences);
                var path = parse.GetValue(output)!;
                result.Write(path);
                Console.WriteLine($"Wrote {path}: {result.Count:N0} words in {result.ClusterCount:N0} clusters (max depth {result.MaxPathLength}), {new FileInfo(path).Length:N0} bytes; read {readTime.TotalSeconds:0.0} s, clustered {(stopwatch.Elapsed - readTime).TotalSeconds:0.0} s.");
                PrintClusters(result, parse.GetValue(show) ?? []);
                return 0;
            }
            catch (Exception ex) when (ex is TrainingDataException or IOException or UnauthorizedAccessException or ArgumentException)
            {
                Console.Error.WriteLine($"build-clusters: {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    private static void PrintClusters(WordClusters clusters, IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return;
        }

        var entries = clusters.GetEntries();
        foreach (var word in words)
        {
            if (!clusters.TryGetPath(word, out var path))
            {
                Console.WriteLine($"{word}: no cluster");
                continue;
            }

            var members = entries.Where(e => e.Path == path).Take(25).Select(e => e.Word);
            Console.WriteLine($"{word} [{path}]: {string.Join(' ', members)}");
        }
    }
}
