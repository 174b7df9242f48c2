using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Segmentation;
using SinoRussia.Nlp.Tokenization;

namespace SinoRussia.Samples.Benchmarking;

/// <summary>Tokeniser, paragraph splitter and sentence splitter over a new <c>Document</c> per text.</summary>
internal sealed class SegmentationBenchCase : IBenchCase
{
    private readonly Tokenizer _tokenizer = new();
    private readonly ParagraphSplitter _paragraphs = new();
    private readonly SentenceSplitter _sentences = new();

    public string Name => "tokenizer+sentences+paragraphs";

    public bool IsBaseline => false;

    public void Prepare(BenchCorpus corpus)
    {
    }

    public long RunOnce(BenchCorpus corpus)
    {
        long count = 0;
        foreach (var text in corpus.Documents)
        {
            var document = new Document(text);
            _tokenizer.Process(document);
            _paragraphs.Process(document);
            _sentences.Process(document);
            count += document.Tokens.Count;
        }

        return count;
    }
}
