namespace SinoRussia.Nlp.Documents;

/// <summary>
/// A text and its annotations: tokens, sentences, paragraphs, entities and stance, each an exact character span
/// of <see cref="Text"/>, which is never altered.
/// </summary>
/// <remarks>
/// <para>Annotations live in compact arrays; <see cref="Token"/>, <see cref="Span"/> and <see cref="Entity"/> are
/// lightweight views over them. Components add annotations with the <c>Set…</c> methods while the document is
/// being processed; once a pipeline returns the document, it is read-only (<see cref="IsReadOnly"/>) and safe
/// to share across threads.</para>
/// </remarks>
public sealed class Document
{
    private int[] _tokenStarts = [];
    private int[] _tokenLengths = [];
    private TokenKind[] _tokenKinds = [];
    private TokenRange[] _sentences = [];
    private TokenRange[] _paragraphs = [];
    private EntityRecord[] _entities = [];
    private StanceJudgement?[] _paragraphStances = [];
    private HashSet<AnnotationLayer>? _customLayers;
    private LayerFlags _layers;

    /// <summary>Creates an empty document over <paramref name="text"/>.</summary>
    /// <param name="text">The text; kept exactly as given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Document(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    [Flags]
    private enum LayerFlags
    {
        None = 0,
        Tokens = 1,
        Sentences = 2,
        Paragraphs = 4,
        Entities = 8,
        Stance = 16,
    }

    /// <summary>Gets the text, exactly as given.</summary>
    public string Text { get; }

    /// <summary>Gets a value indicating whether the document can no longer be changed.</summary>
    public bool IsReadOnly { get; private set; }

    /// <summary>Gets the tokens, in text order.</summary>
    public TokenList Tokens => new(this);

    /// <summary>Gets the sentences, in text order.</summary>
    public SpanList Sentences => new(this, _sentences);

    /// <summary>Gets the paragraphs, in text order.</summary>
    public SpanList Paragraphs => new(this, _paragraphs);

    /// <summary>Gets the named entities, in text order.</summary>
    public EntityList Entities => new(this);

    /// <summary>Gets the stance of the whole document, or <see langword="null"/> when no stance stage ran.</summary>
    public StanceJudgement? Stance { get; private set; }

    internal int TokenCount { get; private set; }

    internal int[] TokenStarts => _tokenStarts;

    internal int[] TokenLengths => _tokenLengths;

    internal TokenKind[] TokenKinds => _tokenKinds;

    internal EntityRecord[] EntityRecords => _entities;

    internal int EntityCount { get; private set; }

    /// <summary>Gets the stance of paragraph <paramref name="paragraphIndex"/>, or <see langword="null"/> when it was not judged (for example, too short).</summary>
    /// <param name="paragraphIndex">Index into <see cref="Paragraphs"/>.</param>
    /// <returns>The judgement, or <see langword="null"/>.</returns>
    public StanceJudgement? GetParagraphStance(int paragraphIndex)
    {
        if ((uint)paragraphIndex >= (uint)_paragraphs.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(paragraphIndex), paragraphIndex, $"The document has {_paragraphs.Length} paragraphs.");
        }

        return _paragraphStances.Length == 0 ? null : _paragraphStances[paragraphIndex];
    }

    /// <summary>Tells whether the document carries the given annotation layer.</summary>
    /// <param name="layer">The layer.</param>
    /// <returns><see langword="true"/> when a component has set that layer.</returns>
    public bool Has(AnnotationLayer layer)
    {
        var flag = FlagOf(layer);
        return flag != LayerFlags.None ? (_layers & flag) != 0 : _customLayers?.Contains(layer) == true;
    }

    /// <summary>Records that a custom layer has been produced, for components that store their results elsewhere.</summary>
    /// <param name="layer">The layer.</param>
    /// <exception cref="InvalidOperationException">The document is read-only.</exception>
    public void MarkLayer(AnnotationLayer layer)
    {
        ThrowIfReadOnly();
        var flag = FlagOf(layer);
        if (flag != LayerFlags.None)
        {
            _layers |= flag;
        }
        else
        {
            (_customLayers ??= []).Add(layer);
        }
    }

    /// <summary>Sets the tokens, taking over the buffer's storage without copying; the buffer is left empty.</summary>
    /// <param name="tokens">Tokens in text order, non-overlapping, each non-empty and within <see cref="Text"/>.</param>
    /// <exception cref="InvalidOperationException">The document is read-only.</exception>
    /// <exception cref="ArgumentException">A token is empty, out of bounds, or out of order.</exception>
    public void SetTokens(TokenBuffer tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ThrowIfReadOnly();
        tokens.MoveTo(out var starts, out var lengths, out var kinds, out var count);
        var previousEnd = 0;
        for (var i = 0; i < count; i++)
        {
            var start = starts[i];
            var length = lengths[i];
            if (start < previousEnd || length <= 0 || start > Text.Length - length)
            {
                throw new ArgumentException($"Token {i} [{start}, {start + length}) is empty, overlaps the previous token, or lies outside the text of length {Text.Length}.", nameof(tokens));
            }

            previousEnd = start + length;
        }

        _tokenStarts = starts;
        _tokenLengths = lengths;
        _tokenKinds = kinds;
        TokenCount = count;
        _layers |= LayerFlags.Tokens;
    }

    /// <summary>Sets the sentences as token ranges.</summary>
    /// <param name="sentences">Non-empty, ordered, non-overlapping token ranges.</param>
    /// <exception cref="InvalidOperationException">The document is read-only, or has no tokens yet.</exception>
    /// <exception cref="ArgumentException">A range is empty, out of order or out of bounds.</exception>
    public void SetSentences(ReadOnlySpan<TokenRange> sentences)
    {
        _sentences = CheckRanges(sentences, nameof(sentences));
        _layers |= LayerFlags.Sentences;
    }

    /// <summary>Sets the paragraphs as token ranges.</summary>
    /// <param name="paragraphs">Non-empty, ordered, non-overlapping token ranges.</param>
    /// <exception cref="InvalidOperationException">The document is read-only, or has no tokens yet.</exception>
    /// <exception cref="ArgumentException">A range is empty, out of order or out of bounds.</exception>
    public void SetParagraphs(ReadOnlySpan<TokenRange> paragraphs)
    {
        _paragraphs = CheckRanges(paragraphs, nameof(paragraphs));
        _paragraphStances = [];
        _layers |= LayerFlags.Paragraphs;
    }

    /// <summary>Sets the named entities, replacing any already set.</summary>
    /// <param name="entities">Entities in text order, non-overlapping, each starting at a token start and ending at a token end.</param>
    /// <exception cref="InvalidOperationException">The document is read-only, or has no tokens yet.</exception>
    /// <exception cref="ArgumentException">An entity overlaps another, is out of order, or does not align with tokens.</exception>
    public void SetEntities(IReadOnlyList<EntityAnnotation> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ThrowIfReadOnly();
        RequireTokens();
        var records = entities.Count == 0 ? [] : new EntityRecord[entities.Count];
        var previousEnd = 0;
        for (var i = 0; i < records.Length; i++)
        {
            var e = entities[i];
            if (string.IsNullOrEmpty(e.Label))
            {
                throw new ArgumentException($"Entity {i} has no label.", nameof(entities));
            }

            if (e.Start < previousEnd || e.End <= e.Start || e.End > Text.Length)
            {
                throw new ArgumentException($"Entity {i} [{e.Start}, {e.End}) '{e.Label}' is empty, overlaps the previous entity, or lies outside the text.", nameof(entities));
            }

            var first = FindTokenStartingAt(e.Start);
            var last = FindTokenEndingAt(e.End);
            if (first < 0 || last < first)
            {
                throw new ArgumentException($"Entity {i} [{e.Start}, {e.End}) '{e.Label}' does not start and end on token boundaries.", nameof(entities));
            }

            if (float.IsNaN(e.Score) || e.Score < 0f || e.Score > 1f)
            {
                throw new ArgumentException($"Entity {i} has score {e.Score}; scores lie in [0, 1].", nameof(entities));
            }

            records[i] = new EntityRecord(e.Start, e.End, first, last + 1, e.Label, e.Score, e.CanonicalId);
            previousEnd = e.End;
        }

        _entities = records;
        EntityCount = records.Length;
        _layers |= LayerFlags.Entities;
    }

    /// <summary>Sets the stance of the document and of each paragraph.</summary>
    /// <param name="document">The document's stance.</param>
    /// <param name="paragraphs">One entry per paragraph; <see langword="null"/> where a paragraph was not judged.</param>
    /// <exception cref="InvalidOperationException">The document is read-only.</exception>
    /// <exception cref="ArgumentException">The number of paragraph judgements differs from the number of paragraphs.</exception>
    public void SetStance(StanceJudgement? document, IReadOnlyList<StanceJudgement?> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ThrowIfReadOnly();
        if (paragraphs.Count != _paragraphs.Length)
        {
            throw new ArgumentException($"Got {paragraphs.Count} paragraph judgements for {_paragraphs.Length} paragraphs.", nameof(paragraphs));
        }

        Stance = document;
        _paragraphStances = [.. paragraphs];
        _layers |= LayerFlags.Stance;
    }

    /// <summary>Finds the token that contains the character at <paramref name="offset"/>.</summary>
    /// <param name="offset">A UTF-16 offset into <see cref="Text"/>.</param>
    /// <returns>The token index, or -1 when the character is whitespace or outside the text.</returns>
    public int TokenIndexAt(int offset)
    {
        var lo = 0;
        var hi = TokenCount - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var start = _tokenStarts[mid];
            if (offset < start)
            {
                hi = mid - 1;
            }
            else if (offset >= start + _tokenLengths[mid])
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>Makes the document read-only. Pipelines call this before returning a document.</summary>
    public void Freeze() => IsReadOnly = true;

    /// <inheritdoc />
    public override string ToString() => Text.Length <= 60 ? Text : string.Concat(Text.AsSpan(0, 57), "...");

    private static LayerFlags FlagOf(AnnotationLayer layer) => layer.Name switch
    {
        "tokens" => LayerFlags.Tokens,
        "sentences" => LayerFlags.Sentences,
        "paragraphs" => LayerFlags.Paragraphs,
        "entities" => LayerFlags.Entities,
        "stance" => LayerFlags.Stance,
        _ => LayerFlags.None,
    };

    private int FindTokenStartingAt(int offset)
    {
        var index = TokenIndexAt(offset);
        return index >= 0 && _tokenStarts[index] == offset ? index : -1;
    }

    private int FindTokenEndingAt(int end)
    {
        var index = end > 0 ? TokenIndexAt(end - 1) : -1;
        return index >= 0 && _tokenStarts[index] + _tokenLengths[index] == end ? index : -1;
    }

    private TokenRange[] CheckRanges(ReadOnlySpan<TokenRange> ranges, string parameterName)
    {
        ThrowIfReadOnly();
        RequireTokens();
        var previousEnd = 0;
        for (var i = 0; i < ranges.Length; i++)
        {
            var r = ranges[i];
            if (r.Start < previousEnd || r.End <= r.Start || r.End > TokenCount)
            {
                throw new ArgumentException($"Range {i} [{r.Start}, {r.End}) is empty, overlaps the previous range, or exceeds the {TokenCount} tokens.", parameterName);
            }

            previousEnd = r.End;
        }

        return ranges.ToArray();
    }

    private void RequireTokens()
    {
        if ((_layers & LayerFlags.Tokens) == 0)
        {
            throw new InvalidOperationException("The document has no tokens yet: run a tokeniser first.");
        }
    }

    private void ThrowIfReadOnly()
    {
        if (IsReadOnly)
        {
            throw new InvalidOperationException("The document is read-only: a pipeline has already returned it.");
        }
    }
}
