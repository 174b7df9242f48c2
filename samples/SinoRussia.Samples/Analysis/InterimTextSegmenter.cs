using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Pipeline;

namespace SinoRussia.Samples.Analysis;

/// <summary>Stand-in for the real tokenizer and splitters until their branch lands: letter/digit runs, blank-line paragraphs, sentences at . ! ?.</summary>
internal sealed class InterimTextSegmenter : IPipelineComponent
{
    public string Name => "interim-segmenter";

    public IReadOnlyList<AnnotationLayer> Requires { get; } = [];

    public IReadOnlyList<AnnotationLayer> Produces { get; } = [AnnotationLayer.Tokens, AnnotationLayer.Sentences, AnnotationLayer.Paragraphs];

    public void Process(Document document)
    {
        var text = document.Text;
        var buffer = new TokenBuffer(text.Length / 5);
        var paragraphs = new List<TokenRange>();
        var sentences = new List<TokenRange>();
        var paragraphStart = 0;
        var sentenceStart = 0;
        var newlines = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                newlines += c == '\n' ? 1 : 0;
                i++;
                continue;
            }

            if (newlines > 0 && buffer.Count > paragraphStart)
            {
                Close(sentences, ref sentenceStart, buffer.Count);
                paragraphs.Add(new TokenRange(paragraphStart, buffer.Count));
                paragraphStart = buffer.Count;
            }

            newlines = 0;
            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' or '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
                {
                    i++;
                }

                buffer.Add(start, i - start, char.IsDigit(c) ? TokenKind.Number : TokenKind.Word);
            }
            else
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
                buffer.Add(start, i - start, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol);
                if (c is '.' or '!' or '?')
                {
                    Close(sentences, ref sentenceStart, buffer.Count);
                }
            }
        }

        var count = buffer.Count;
        Close(sentences, ref sentenceStart, count);
        if (count > paragraphStart)
        {
            paragraphs.Add(new TokenRange(paragraphStart, count));
        }

        document.SetTokens(buffer);
        document.SetParagraphs([.. paragraphs]);
        document.SetSentences([.. sentences]);
    }

    private static void Close(List<TokenRange> sentences, ref int start, int end)
    {
        if (end > start)
        {
            sentences.Add(new TokenRange(start, end));
            start = end;
        }
    }
}
