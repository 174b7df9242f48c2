using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Entities;
using SinoRussia.Nlp.Segmentation;
using SinoRussia.Nlp.Tokenization;
using SinoRussia.Samples.Benchmarking;

namespace SinoRussia.Samples.Entities;

/// <summary>Tokeniser, paragraph and sentence splitters and the entity recogniser (default model) over a new <c>Document</c> per text.</summary>
internal sealed class EntityPipelineBenchCase : IBenchCase
{
    private readonly Tokenizer _tokenizer = new();
    private readonly ParagraphSplitter _paragraphs = new();
    private readonly SentenceSplitter _sentences = new();
    private EntityRecognizer? _entities;

    public string Name => "tokenizer+sentences+entities";

    public bool IsBaseline => false;

    public void Prepare(BenchCorpus corpus) => _entities ??= new EntityRecognizer();

    public long RunOnce(BenchCorpus corpus)
    {
        long count = 0;
        foreach (var text in corpus.Documents)
        {
            var document = new Document(text);
            _tokenizer.Process(document);
            _paragraphs.Process(document);
            _sentences.Process(document);
            _entities!.Process(document);
            count += document.Tokens.Count;
        }

        return count;
    }
}
