using SinoRussia.Nlp.Documents;

namespace SinoRussia.Nlp.Stance.Tests;

internal static class TestData
{
    private static readonly Lazy<IReadOnlyList<StanceExample>> TinyExamples = new(() => StanceDataLoader.Load(TinyPath).Examples);
    private static readonly Lazy<StanceModel> TinyModelInstance = new(() => Train(new StanceTrainerOptions { Folds = 0 }).Model);

    public static string TinyPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "tiny.tsv");

    public static IReadOnlyList<StanceExample> Tiny => TinyExamples.Value;

    public static StanceModel TinyModel => TinyModelInstance.Value;

    public static StanceTrainingResult Train(StanceTrainerOptions options) => new StanceTrainer(options).Train(Tiny);

    public static string TempFile(string name, string content)
    {
        var directory = Path.Combine(Path.GetTempPath(), "sinorussia-stance-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    public static string TempPath(string name)
    {
        var directory = Path.Combine(Path.GetTempPath(), "sinorussia-stance-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name);
    }

    /// <summary>Builds a document by hand: letter/digit runs are words, other non-space characters punctuation, blank lines separate paragraphs.</summary>
    public static Document Document(string text)
    {
        var document = new Document(text);
        var buffer = new TokenBuffer();
        var paragraphs = new List<TokenRange>();
        var paragraphStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                if (buffer.Count > paragraphStart)
                {
                    paragraphs.Add(new TokenRange(paragraphStart, buffer.Count));
                    paragraphStart = buffer.Count;
                }

                i += 2;
                continue;
            }

            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetterOrDigit(text[i]))
            {
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                buffer.Add(start, i - start, TokenKind.Word);
            }
            else
            {
                i++;
                buffer.Add(start, 1, TokenKind.Punctuation);
            }
        }

        if (buffer.Count > paragraphStart)
        {
            paragraphs.Add(new TokenRange(paragraphStart, buffer.Count));
        }

        document.SetTokens(buffer);
        document.SetParagraphs(paragraphs.ToArray());
        return document;
    }
}
