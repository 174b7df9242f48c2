using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Tokenization;

namespace SinoRussia.Samples.Benchmarking;

/// <summary>The tokeniser alone, refilling one reused <see cref="TokenBuffer"/> per document.</summary>
internal sealed class TokenizerBenchCase : IBenchCase
{
    private readonly Tokenizer _tokenizer = new();
    private readonly TokenBuffer _buffer = new(1 << 16);

    public string Name => "tokenizer";

    public bool IsBaseline => false;

    public void Prepare(BenchCorpus corpus)
    {
    }

    public long RunOnce(BenchCorpus corpus)
    {
        long count = 0;
        foreach (var document in corpus.Documents)
        {
            _buffer.Clear();
            _tokenizer.Tokenize(document, _buffer);
            count += _buffer.Count;
        }

        return count;
    }
}
