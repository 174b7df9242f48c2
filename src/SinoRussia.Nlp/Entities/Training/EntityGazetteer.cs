namespace SinoRussia.Nlp.Entities.Training;

/// <summary>
/// A named list of phrases whose membership becomes a feature of the statistical tagger (for example person names
/// or place names). Each token of a phrase is marked with its position in the phrase (single, first, inside, last).
/// </summary>
public sealed class EntityGazetteer
{
    /// <summary>Creates a gazetteer.</summary>
    /// <param name="name">A short name such as <c>places</c>; stored in the model.</param>
    /// <param name="phrases">The phrases, case-sensitive; tokens are split at whitespace and hyphens.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public EntityGazetteer(string name, IEnumerable<string> phrases)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(phrases);
        Name = name;
        Phrases = [.. phrases.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>Gets the gazetteer's name.</summary>
    public string Name { get; }

    /// <summary>Gets the distinct phrases, in ordinal order.</summary>
    public IReadOnlyList<string> Phrases { get; }

    internal static List<string> SplitPhrase(string phrase)
    {
        var tokens = new List<string>();
        foreach (var part in phrase.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var piece = part.TrimEnd(',', ';');
            var start = 0;
            for (var i = 0; i <= piece.Length; i++)
            {
                if (i == piece.Length || piece[i] == '-')
                {
                    if (i > start)
                    {
                        tokens.Add(piece[start..i]);
                    }

                    start = i + 1;
                }
            }
        }

        return tokens;
    }
}
