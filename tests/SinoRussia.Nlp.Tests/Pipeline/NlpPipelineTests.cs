using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Pipeline;
using SinoRussia.Nlp.Tests.TestSupport;

namespace SinoRussia.Nlp.Tests.Pipeline;

public class NlpPipelineTests
{
    private static NlpPipeline BuildPipeline(Action<Document>? probe = null) => new NlpPipelineBuilder()
        .Add(new WhitespaceTestTokenizer())
        .Add(new ProbeComponent("probe", [AnnotationLayer.Tokens], [], probe))
        .Build();

    private static NlpPipeline FailingOn(string marker) => BuildPipeline(d =>
    {
        if (d.Text.Contains(marker, StringComparison.Ordinal))
        {
            throw new FormatException("bad document");
        }
    });

    [Fact]
    public void Process_returns_a_read_only_document()
    {
        var document = BuildPipeline().Process("Russia and China");

        document.IsReadOnly.Should().BeTrue();
        document.Tokens.Count.Should().Be(3);
    }

    [Fact]
    public void Null_text_is_rejected()
    {
        var act = () => BuildPipeline().Process((string)null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void A_failing_component_is_named_in_the_exception()
    {
        var act = () => FailingOn("x").Process("x");

        act.Should().Throw<PipelineComponentException>()
            .Where(e => e.ComponentName == "probe" && e.InnerException is FormatException)
            .WithMessage("*'probe'*bad document*");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void A_batch_keeps_input_order(int parallelism)
    {
        var texts = Enumerable.Range(0, 200).Select(i => string.Join(' ', Enumerable.Repeat("w", i % 17 + 1))).ToList();

        var results = BuildPipeline().Process(texts, new PipelineBatchOptions { MaxDegreeOfParallelism = parallelism }).ToList();

        results.Select(r => r.Index).Should().Equal(Enumerable.Range(0, 200));
        results.Select(r => r.Document!.Text).Should().Equal(texts);
    }

    [Fact]
    public void One_bad_document_fails_alone_and_the_others_complete()
    {
        string?[] texts = ["fine one", "bad x", null, "fine two"];

        var results = FailingOn("x").Process(texts).ToList();

        results.Select(r => r.Succeeded).Should().Equal(true, false, false, true);
        results[1].FailedComponent.Should().Be("probe");
        results[1].Error.Should().BeOfType<PipelineComponentException>();
        results[2].Error.Should().BeOfType<ArgumentNullException>();
        results[3].Document!.Text.Should().Be("fine two");
    }

    [Fact]
    public void Parallelism_never_exceeds_the_limit()
    {
        var current = 0;
        var peak = 0;
        var pipeline = BuildPipeline(_ =>
        {
            var now = Interlocked.Increment(ref current);
            InterlockedMax(ref peak, now);
            Thread.Sleep(2);
            Interlocked.Decrement(ref current);
        });

        pipeline.Process(Enumerable.Repeat("a b", 100), new PipelineBatchOptions { MaxDegreeOfParallelism = 3 }).ToList();

        peak.Should().BeInRange(1, 3);
    }

    [Fact]
    public void Read_ahead_is_bounded()
    {
        var pulled = 0;
        IEnumerable<string> Source()
        {
            for (var i = 0; i < 1000; i++)
            {
                Interlocked.Increment(ref pulled);
                yield return "a";
            }
        }

        using var enumerator = BuildPipeline().Process(Source(), new PipelineBatchOptions { MaxDegreeOfParallelism = 2, MaxInFlight = 5 }).GetEnumerator();
        enumerator.MoveNext().Should().BeTrue();

        pulled.Should().BeLessThanOrEqualTo(6);
    }

    [Fact]
    public void Cancellation_stops_the_batch()
    {
        using var cts = new CancellationTokenSource();
        var seen = 0;
        var act = () =>
        {
            foreach (var _ in BuildPipeline().Process(Enumerable.Repeat("a b", 10_000), cancellationToken: cts.Token))
            {
                if (++seen == 10)
                {
                    cts.Cancel();
                }
            }
        };

        act.Should().Throw<OperationCanceledException>();
        seen.Should().BeLessThan(10_000);
    }

    [Fact]
    public async Task ProcessAsync_keeps_order_and_isolates_failures()
    {
        async IAsyncEnumerable<string?> Source()
        {
            for (var i = 0; i < 50; i++)
            {
                await Task.Yield();
                yield return i == 7 ? "x marks" : $"doc {i}";
            }
        }

        var results = new List<DocumentResult>();
        await foreach (var result in FailingOn("x").ProcessAsync(Source()))
        {
            results.Add(result);
        }

        results.Select(r => r.Index).Should().Equal(Enumerable.Range(0, 50));
        results.Where(r => !r.Succeeded).Select(r => r.Index).Should().Equal(7);
    }

    [Fact]
    public async Task ProcessAsync_honours_cancellation()
    {
        using var cts = new CancellationTokenSource();
        async IAsyncEnumerable<string?> Endless()
        {
            while (true)
            {
                await Task.Yield();
                yield return "a";
            }
        }

        var act = async () =>
        {
            var count = 0;
            await foreach (var _ in BuildPipeline().ProcessAsync(Endless(), cancellationToken: cts.Token))
            {
                if (++count == 20)
                {
                    await cts.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(4, 2)]
    public void Invalid_batch_options_are_rejected(int parallelism, int inFlight)
    {
        var act = () => BuildPipeline().Process(["a"], new PipelineBatchOptions { MaxDegreeOfParallelism = parallelism, MaxInFlight = inFlight });
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
