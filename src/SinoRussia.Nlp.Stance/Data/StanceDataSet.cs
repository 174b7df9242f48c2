namespace SinoRussia.Nlp.Stance;

/// <summary>Examples loaded from a file by <see cref="StanceDataLoader"/>, with where they came from.</summary>
public sealed class StanceDataSet
{
    internal StanceDataSet(string filePath, IReadOnlyList<StanceExample> examples, int labelColumn, IReadOnlyDictionary<int, int> labelColumnByLine)
    {
        FilePath = filePath;
        Examples = examples;
        LabelColumnNumber = labelColumn;
        LabelColumnByLine = labelColumnByLine;
        Labels = [.. examples.Select(e => e.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>Gets the file the examples were read from.</summary>
    public string FilePath { get; }

    /// <summary>Gets the examples, in file order.</summary>
    public IReadOnlyList<StanceExample> Examples { get; }

    /// <summary>Gets the distinct labels, in ordinal order.</summary>
    public IReadOnlyList<string> Labels { get; }

    internal int LabelColumnNumber { get; }

    internal IReadOnlyDictionary<int, int> LabelColumnByLine { get; }

    /// <summary>Throws for the first example whose label is not in <paramref name="known"/> (for example, a model's labels at evaluation).</summary>
    /// <param name="known">The allowed labels.</param>
    /// <exception cref="StanceDataException">A label is unknown; the message names file, line and column.</exception>
    public void EnsureLabelsIn(IReadOnlyCollection<string> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        foreach (var e in Examples)
        {
            if (!known.Contains(e.Label, StringComparer.Ordinal))
            {
                var column = LabelColumnByLine.TryGetValue(e.Line, out var c) ? c : LabelColumnNumber;
                throw new StanceDataException(FilePath, e.Line, column, $"unknown label '{e.Label}': the model knows [{string.Join(", ", known)}].");
            }
        }
    }
}
