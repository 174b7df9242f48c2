using SinoRussia.Nlp.Tokenization;

namespace SinoRussia.Samples.Benchmarking;

/// <summary>The tokeniser as a pipeline component: a new <c>Document</c> per text, which owns its token arrays.</summary>
internal sealed class TokenizerDocumentBenchCase : IBenchCase
{
    private readonly Tokenizer _tokenizer = new();

    public string Name => "tokenizer.document";

    public bool IsBaseline => false;

    public void Prepare(BenchCorpus corpus)
    {
    }

    public long RunOnce(BenchCorpus corpus)
    {
        long count = 0;
        foreach (var text in corpus.Documents)
        {
            count += _tokenizer.Tokenize(text).Tokens.Count;
        }

        return count;
    }
}
