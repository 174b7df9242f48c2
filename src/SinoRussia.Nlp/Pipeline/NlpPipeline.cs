using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Entities;
using SinoRussia.Nlp.Segmentation;
using SinoRussia.Nlp.Tokenization;

namespace SinoRussia.Nlp.Pipeline;

/// <summary>
/// An ordered set of components that turns text into an annotated, read-only <see cref="Document"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Batches are processed in parallel and streamed back in input order; a document
/// whose component throws comes back as a failed <see cref="DocumentResult"/> and the others go on.
/// </remarks>
public sealed class NlpPipeline
{
    private readonly IPipelineComponent[] _components;
    private readonly ILogger? _logger;

    internal NlpPipeline(IPipelineComponent[] components, ILogger? logger)
    {
        _components = components;
        _logger = logger;
    }

    /// <summary>
    /// Creates the default English pipeline: tokeniser, paragraph splitter, sentence splitter and entity recogniser
    /// with the embedded default model. It needs no files.
    /// </summary>
    /// <returns>A new, immutable and thread-safe pipeline.</returns>
    /// <example>
    /// <code>var document = NlpPipeline.CreateDefault().Process("Xi Jinping met Vladimir Putin in Moscow.");</code>
    /// </example>
    public static NlpPipeline CreateDefault() =>
        new NlpPipelineBuilder().AddTokenizer().AddParagraphSplitter().AddSentenceSplitter().AddEntityRecognizer().Build();

    /// <summary>Gets the components, in the order they run.</summary>
    public IReadOnlyList<IPipelineComponent> Components => _components;

    /// <summary>Runs every component on <paramref name="text"/>.</summary>
    /// <param name="text">The text; empty or whitespace gives an empty document.</param>
    /// <returns>The annotated, read-only document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="PipelineComponentException">A component failed; the exception names it.</exception>
    public Document Process(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Run(text, 0);
    }

    /// <summary>Processes a sequence of texts in parallel, returning results lazily and in input order.</summary>
    /// <param name="texts">The texts; a <see langword="null"/> element gives a failed result.</param>
    /// <param name="options">Parallelism and read-ahead; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the batch; enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One result per input, in input order.</returns>
    public IEnumerable<DocumentResult> Process(IEnumerable<string?> texts, PipelineBatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        options ??= new PipelineBatchOptions();
        options.Validate();
        return ProcessBatch(texts, options, cancellationToken);
    }

    /// <summary>Processes an asynchronous stream of texts in parallel, returning results in input order.</summary>
    /// <param name="texts">The texts; a <see langword="null"/> element gives a failed result.</param>
    /// <param name="options">Parallelism and read-ahead; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the batch; enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One result per input, in input order.</returns>
    public IAsyncEnumerable<DocumentResult> ProcessAsync(IAsyncEnumerable<string?> texts, PipelineBatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        options ??= new PipelineBatchOptions();
        options.Validate();
        return ProcessBatchAsync(texts, options, cancellationToken);
    }

    private Document Run(string text, int index)
    {
        var document = new Document(text);
        foreach (var component in _components)
        {
            try
            {
                component.Process(document);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new PipelineComponentException(component.Name, index, ex);
            }
        }

        document.Freeze();
        return document;
    }

    private DocumentResult RunIsolated(string? text, int index)
    {
        try
        {
            if (text is null)
            {
                return DocumentResult.Failure(index, new ArgumentNullException(nameof(text), $"Document {index} is null."));
            }

            return DocumentResult.Success(index, Run(text, index));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (_logger is not null)
            {
                LogFailure(_logger, index, ex);
            }

            return DocumentResult.Failure(index, ex);
        }
    }

    private IEnumerable<DocumentResult> ProcessBatch(IEnumerable<string?> texts, PipelineBatchOptions options, CancellationToken cancellationToken)
    {
        var index = 0;
        if (options.MaxDegreeOfParallelism == 1)
        {
            foreach (var text in texts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return RunIsolated(text, index++);
            }

            yield break;
        }

        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, options.MaxDegreeOfParallelism).ConcurrentScheduler;
        var window = new Queue<Task<DocumentResult>>(options.EffectiveInFlight);
        using var source = texts.GetEnumerator();
        var more = true;
        while (true)
        {
            while (more && window.Count < options.EffectiveInFlight)
            {
                cancellationToken.ThrowIfCancellationRequested();
                more = source.MoveNext();
                if (more)
                {
                    window.Enqueue(Start(source.Current, index++, scheduler, cancellationToken));
                }
            }

            if (window.Count == 0)
            {
                yield break;
            }

            yield return window.Dequeue().GetAwaiter().GetResult();
        }
    }

    private async IAsyncEnumerable<DocumentResult> ProcessBatchAsync(IAsyncEnumerable<string?> texts, PipelineBatchOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, options.MaxDegreeOfParallelism).ConcurrentScheduler;
        var window = new Queue<Task<DocumentResult>>(options.EffectiveInFlight);
        var index = 0;
        await using var source = texts.GetAsyncEnumerator(cancellationToken);
        var more = true;
        while (true)
        {
            while (more && window.Count < options.EffectiveInFlight)
            {
                cancellationToken.ThrowIfCancellationRequested();
                more = await source.MoveNextAsync().ConfigureAwait(false);
                if (more)
                {
                    window.Enqueue(Start(source.Current, index++, scheduler, cancellationToken));
                }
            }

            if (window.Count == 0)
            {
                yield break;
            }

            yield return await window.Dequeue().ConfigureAwait(false);
        }
    }

    private Task<DocumentResult> Start(string? text, int index, TaskScheduler scheduler, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(() => RunIsolated(text, index), cancellationToken, TaskCreationOptions.DenyChildAttach, scheduler);

    private static void LogFailure(ILogger logger, int index, Exception error) =>
        logger.LogWarning(error, "Document {DocumentIndex} failed: {Message}", index, error.Message);
}
