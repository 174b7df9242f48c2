using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Tokenization;

namespace SinoRussia.Nlp.Tests.Entities;

internal static class EntityTestDocuments
{
    private static readonly Tokenizer Tokenizer = new();

    public static Document OneSentence(string text)
    {
        var document = Tokenizer.Tokenize(text);
        document.SetSentences([new TokenRange(0, document.Tokens.Count)]);
        return document;
    }

    public static Document FromTokens(params string[] tokens)
    {
        var document = new Document(string.Join(' ', tokens));
        var buffer = new TokenBuffer();
        var position = 0;
        foreach (var t in tokens)
        {
            buffer.Add(position, t.Length, char.IsDigit(t[0]) ? TokenKind.Number : TokenKind.Word);
            position += t.Length + 1;
        }

        document.SetTokens(buffer);
        document.SetSentences([new TokenRange(0, tokens.Length)]);
        return document;
    }

    public static IEnumerable<(string Text, string Label)> Entities(Document document) =>
        document.Entities.Select(e => (e.Text, e.Label));
}
