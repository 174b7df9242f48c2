using System.Globalization;
using System.Text;

namespace SinoRussia.Nlp.Entities.Training;

/// <summary>
/// An immutable map from words to hierarchical cluster paths, as produced by Brown clustering or by
/// <see cref="WordClusterBuilder"/>: each path is a string of <c>'0'</c> and <c>'1'</c>, and every prefix of a
/// path names a coarser cluster (so <c>"0110"</c> and <c>"0111"</c> share the cluster <c>"011"</c>).
/// </summary>
/// <remarks>
/// Words are exact and case-sensitive (<c>"Apple"</c> and <c>"apple"</c> are different words). The text format
/// is the one Brown-clustering tools write: one <c>path&lt;TAB&gt;word&lt;TAB&gt;count</c> line per word, UTF-8.
/// Instances are immutable and safe to share between threads.
/// </remarks>
public sealed class WordClusters
{
    private readonly Dictionary<string, Entry> _entries;
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates the map from (word, path, count) triples.</summary>
    /// <param name="entries">The words with their cluster paths and corpus counts.</param>
    /// <exception cref="ArgumentException">A word is empty or holds a tab or line break, a path is empty or holds a
    /// character other than <c>'0'</c>/<c>'1'</c>, a count is negative, or a word occurs twice.</exception>
    public WordClusters(IEnumerable<(string Word, string Path, int Count)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, path, count) in entries)
        {
            if (Validate(word, path, count) is { } problem)
            {
                throw new ArgumentException($"Word cluster entry '{word}': {problem}", nameof(entries));
            }

            if (!_entries.TryAdd(word, new Entry(path, count)))
            {
                throw new ArgumentException($"Word cluster entry '{word}': the word occurs twice.", nameof(entries));
            }

            MaxPathLength = Math.Max(MaxPathLength, path.Length);
            paths.Add(path);
        }

        ClusterCount = paths.Count;

        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Gets the number of words that have a cluster path.</summary>
    public int Count => _entries.Count;

    /// <summary>Gets the length of the longest path (the depth of the deepest cluster); 0 when the map is empty.</summary>
    public int MaxPathLength { get; }

    /// <summary>Gets the number of distinct paths (leaf clusters).</summary>
    public int ClusterCount { get; }

    /// <summary>Looks up the cluster path of a word (exact, case-sensitive match). Does not allocate.</summary>
    /// <param name="word">The word.</param>
    /// <param name="path">The word's path when found; otherwise the empty string.</param>
    /// <returns><see langword="true"/> when the word has a path.</returns>
    public bool TryGetPath(ReadOnlySpan<char> word, out string path)
    {
        if (_lookup.TryGetValue(word, out var entry))
        {
            path = entry.Path;
            return true;
        }

        path = string.Empty;
        return false;
    }

    /// <summary>Looks up the corpus count recorded for a word.</summary>
    /// <param name="word">The word.</param>
    /// <param name="count">The count when found; otherwise 0.</param>
    /// <returns><see langword="true"/> when the word is in the map.</returns>
    public bool TryGetCount(ReadOnlySpan<char> word, out int count)
    {
        var found = _lookup.TryGetValue(word, out var entry);
        count = found ? entry.Count : 0;
        return found;
    }

    /// <summary>Gets the words of the map with their paths and counts, ordered by path, then by descending count, then by word (ordinal).</summary>
    /// <returns>The entries in file order.</returns>
    public IReadOnlyList<(string Word, string Path, int Count)> GetEntries() =>
        [.. _entries
            .OrderBy(e => e.Value.Path, StringComparer.Ordinal)
            .ThenByDescending(e => e.Value.Count)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => (e.Key, e.Value.Path, e.Value.Count))];

    /// <summary>Reads a cluster file: one <c>path&lt;TAB&gt;word&lt;TAB&gt;count</c> line per word (UTF-8); blank lines are skipped.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The clusters.</returns>
    /// <exception cref="TrainingDataException">The file is missing, or a line is malformed (the message names the file and line).</exception>
    public static WordClusters Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new TrainingDataException(path, 0, "the word cluster file does not exist.");
        }

        var entries = new List<(string, string, int)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 3)
            {
                throw new TrainingDataException(path, lineNumber, $"expected path<TAB>word<TAB>count, found {columns.Length} tab-separated column(s).");
            }

            if (!int.TryParse(columns[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                throw new TrainingDataException(path, lineNumber, $"the count '{columns[2]}' is not a non-negative integer.");
            }

            if (Validate(columns[1], columns[0], count) is { } problem)
            {
                throw new TrainingDataException(path, lineNumber, problem);
            }

            if (!seen.Add(columns[1]))
            {
                throw new TrainingDataException(path, lineNumber, $"the word '{columns[1]}' occurs twice.");
            }

            entries.Add((columns[1], columns[0], count));
        }

        return new WordClusters(entries);
    }

    /// <summary>Writes the clusters in the text format <see cref="Read"/> reads (UTF-8 without BOM, <c>\n</c> line ends),
    /// ordered as <see cref="GetEntries"/>; the same clusters always give byte-identical files.</summary>
    /// <param name="path">The file to create or overwrite.</param>
    public void Write(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.NewLine = "\n";
        foreach (var (word, clusterPath, count) in GetEntries())
        {
            writer.Write(clusterPath);
            writer.Write('\t');
            writer.Write(word);
            writer.Write('\t');
            writer.WriteLine(count.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static string? Validate(string? word, string? path, int count)
    {
        if (string.IsNullOrEmpty(word))
        {
            return "the word is empty.";
        }

        if (word.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0)
        {
            return "the word holds a tab or a line break.";
        }

        if (string.IsNullOrEmpty(path))
        {
            return "the cluster path is empty.";
        }

        if (path.AsSpan().IndexOfAnyExcept('0', '1') >= 0)
        {
            return $"the cluster path '{path}' holds a character other than 0 and 1.";
        }

        return count < 0 ? "the count is negative." : null;
    }

    private readonly record struct Entry(string Path, int Count);
}
