using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Pipeline;

namespace SinoRussia.Nlp.Tests.TestSupport;

/// <summary>Splits on whitespace; enough to exercise the pipeline without the real tokeniser.</summary>
internal sealed class WhitespaceTestTokenizer : IPipelineComponent
{
    public string Name => "test-tokenizer";

    public IReadOnlyList<AnnotationLayer> Requires => [];

    public IReadOnlyList<AnnotationLayer> Produces => [AnnotationLayer.Tokens];

    public void Process(Document document)
    {
        var buffer = new TokenBuffer();
        var text = document.Text;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                buffer.Add(start, i - start, TokenKind.Word);
            }
        }

        document.SetTokens(buffer);
    }
}

/// <summary>A component with configurable requirements and an optional action, for ordering and failure tests.</summary>
internal sealed class ProbeComponent(string name, AnnotationLayer[] requires, AnnotationLayer[] produces, Action<Document>? action = null) : IPipelineComponent
{
    public string Name => name;

    public IReadOnlyList<AnnotationLayer> Requires => requires;

    public IReadOnlyList<AnnotationLayer> Produces => produces;

    public void Process(Document document)
    {
        action?.Invoke(document);
        foreach (var layer in produces)
        {
            document.MarkLayer(layer);
        }
    }
}

internal static class TestDocuments
{
    public static Document Tokenized(string text)
    {
        var document = new Document(text);
        new WhitespaceTestTokenizer().Process(document);
        return document;
    }
}
