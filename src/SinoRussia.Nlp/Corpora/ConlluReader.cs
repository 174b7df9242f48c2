namespace SinoRussia.Nlp.Corpora;

/// <summary>
/// Reads CoNLL-U files (Universal Dependencies): sentences with their <c># text</c>, <c># sent_id</c>,
/// <c># newdoc</c> and <c># newpar</c> comments, surface tokens (a multiword range such as <c>1-2 don't</c> counts
/// as one token carrying its words) and <c>SpaceAfter=No</c>.
/// </summary>
/// <remarks>Empty nodes (<c>8.1</c>) are skipped. Lemmas, tags and relations are not kept.</remarks>
public static class ConlluReader
{
    /// <summary>Reads every sentence of a CoNLL-U file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The sentences in file order.</returns>
    /// <exception cref="ConlluFormatException">A line is malformed; the message names the file and line.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static IReadOnlyList<ConlluSentence> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    /// <summary>Reads every sentence from a reader.</summary>
    /// <param name="reader">The CoNLL-U text.</param>
    /// <param name="sourceName">A name for the source, used in error messages.</param>
    /// <returns>The sentences in order.</returns>
    /// <exception cref="ConlluFormatException">A line is malformed.</exception>
    public static IReadOnlyList<ConlluSentence> Read(TextReader reader, string sourceName = "<conllu>")
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var sentences = new List<ConlluSentence>();
        var state = new SentenceState();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || string.IsNullOrWhiteSpace(line))
            {
                state.Flush(sentences, sourceName, lineNumber);
                continue;
            }

            if (state.FirstLine == 0)
            {
                state.FirstLine = lineNumber;
            }

            if (line[0] == '#')
            {
                ReadComment(line, state);
                continue;
            }

            ReadTokenLine(line, state, sourceName, lineNumber);
        }

        state.Flush(sentences, sourceName, lineNumber + 1);
        return sentences;
    }

    private static void ReadComment(string line, SentenceState state)
    {
        var body = line.AsSpan(1).Trim();
        if (TryValue(body, "text", out var text))
        {
            state.Text = text;
        }
        else if (TryValue(body, "sent_id", out var id))
        {
            state.Id = id;
        }
        else if (body.StartsWith("newdoc", StringComparison.Ordinal))
        {
            state.NewDocument = true;
        }
        else if (body.StartsWith("newpar", StringComparison.Ordinal))
        {
            state.NewParagraph = true;
        }
    }

    private static bool TryValue(ReadOnlySpan<char> body, string key, out string value)
    {
        value = string.Empty;
        if (!body.StartsWith(key, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = body[key.Length..].TrimStart(' ');
        if (rest.Length == 0 || rest[0] != '=')
        {
            return false;
        }

        rest = rest[1..];
        if (rest.Length > 0 && rest[0] == ' ')
        {
            rest = rest[1..];
        }

        value = rest.ToString();
        return true;
    }

    private static void ReadTokenLine(string line, SentenceState state, string source, int lineNumber)
    {
        var columns = line.Split('\t');
        if (columns.Length != 10)
        {
            throw new ConlluFormatException(source, lineNumber, $"expected 10 tab-separated columns, found {columns.Length}.");
        }

        var id = columns[0];
        var form = columns[1];
        if (form.Length == 0)
        {
            throw new ConlluFormatException(source, lineNumber, "the FORM column is empty.");
        }

        var spaceAfter = !HasSpaceAfterNo(columns[9]);
        if (id.Contains('.'))
        {
            return;
        }

        var dash = id.IndexOf('-');
        if (dash >= 0)
        {
            if (!int.TryParse(id.AsSpan(0, dash), out var first) || !int.TryParse(id.AsSpan(dash + 1), out var last) || last <= first)
            {
                throw new ConlluFormatException(source, lineNumber, $"'{id}' is not a valid multiword range (expected N-M with M > N).");
            }

            if (state.PendingWords > 0)
            {
                throw new ConlluFormatException(source, lineNumber, $"multiword range '{id}' starts inside another range.");
            }

            CheckNextId(state, first, source, lineNumber, id);
            state.Range = new PendingRange(form, spaceAfter, lineNumber, []);
            state.PendingWords = last - first + 1;
            return;
        }

        if (!int.TryParse(id, out var number) || number <= 0)
        {
            throw new ConlluFormatException(source, lineNumber, $"'{id}' is not a valid word ID.");
        }

        CheckNextId(state, number, source, lineNumber, id);
        state.NextId = number + 1;
        if (state.PendingWords > 0)
        {
            state.Range!.Words.Add(form);
            if (--state.PendingWords == 0)
            {
                var range = state.Range;
                state.Tokens.Add(new ConlluToken(range.Form, range.Words, range.SpaceAfter, range.LineNumber));
                state.Range = null;
            }

            return;
        }

        state.Tokens.Add(new ConlluToken(form, [form], spaceAfter, lineNumber));
    }

    private static void CheckNextId(SentenceState state, int id, string source, int lineNumber, string text)
    {
        if (id != state.NextId)
        {
            throw new ConlluFormatException(source, lineNumber, $"word ID '{text}' is out of sequence; expected {state.NextId}.");
        }
    }

    private static bool HasSpaceAfterNo(string misc)
    {
        if (misc == "_")
        {
            return false;
        }

        foreach (var part in misc.AsSpan().Split('|'))
        {
            if (misc.AsSpan()[part].SequenceEqual("SpaceAfter=No"))
            {
                return true;
            }
        }

        return false;
    }

    private sealed record PendingRange(string Form, bool SpaceAfter, int LineNumber, List<string> Words);

    private sealed class SentenceState
    {
        public string? Id { get; set; }

        public string? Text { get; set; }

        public bool NewDocument { get; set; }

        public bool NewParagraph { get; set; }

        public List<ConlluToken> Tokens { get; private set; } = [];

        public PendingRange? Range { get; set; }

        public int PendingWords { get; set; }

        public int NextId { get; set; } = 1;

        public int FirstLine { get; set; }

        public void Flush(List<ConlluSentence> sentences, string source, int lineNumber)
        {
            if (PendingWords > 0)
            {
                throw new ConlluFormatException(source, lineNumber, $"the sentence ends inside the multiword token '{Range!.Form}' (line {Range.LineNumber}).");
            }

            if (Tokens.Count > 0)
            {
                sentences.Add(new ConlluSentence(Id, Text, NewDocument, NewParagraph, Tokens, FirstLine));
                Id = null;
                Text = null;
                NewDocument = false;
                NewParagraph = false;
                Tokens = [];
            }
            else if (Text is not null)
            {
                throw new ConlluFormatException(source, lineNumber, "a sentence has comments but no token lines.");
            }

            NextId = 1;
            FirstLine = 0;
        }
    }
}
