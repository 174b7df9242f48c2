using BenchmarkDotNet.Attributes;
using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Segmentation;
using SinoRussia.Nlp.Tokenization;

namespace SinoRussia.Nlp.Benchmarks;

/// <summary>Tokeniser and segmentation over about 1 MB of seed text; throughput is tokens per operation / mean time.</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private readonly Tokenizer _tokenizer = new();
    private readonly ParagraphSplitter _paragraphs = new();
    private readonly SentenceSplitter _sentences = new();
    private readonly TokenBuffer _buffer = new(1 << 18);
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _text = SeedText.Load();
        _buffer.Clear();
        _tokenizer.Tokenize(_text, _buffer);
        Console.WriteLine($"// {_buffer.Count} tokens per operation over {_text.Length} characters");
    }

    [Benchmark(Baseline = true, Description = "Tokenizer (reused buffer)")]
    public int Tokenize()
    {
        _buffer.Clear();
        _tokenizer.Tokenize(_text, _buffer);
        return _buffer.Count;
    }

    [Benchmark(Description = "Tokenizer (new Document)")]
    public int TokenizeDocument() => _tokenizer.Tokenize(_text).Tokens.Count;

    [Benchmark(Description = "Tokenizer + paragraphs + sentences")]
    public int TokenizeAndSegment()
    {
        var document = new Document(_text);
        _tokenizer.Process(document);
        _paragraphs.Process(document);
        _sentences.Process(document);
        return document.Sentences.Count;
    }

    [Benchmark(Description = "Whitespace split (floor)")]
    public int WhitespaceSplit()
    {
        var count = 0;
        var inToken = false;
        foreach (var c in _text.AsSpan())
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inToken)
            {
                count++;
            }

            inToken = !space;
        }

        return count;
    }
}
