namespace SinoRussia.Nlp.Documents;

/// <summary>
/// A growable buffer of token offsets that a tokeniser fills and a <see cref="Document"/> then takes over
/// without copying (see <see cref="Document.SetTokens(TokenBuffer)"/>).
/// </summary>
/// <remarks>Not thread-safe: one buffer belongs to one tokenisation at a time.</remarks>
public sealed class TokenBuffer
{
    private int[] _starts;
    private int[] _lengths;
    private TokenKind[] _kinds;

    /// <summary>Creates a buffer with room for <paramref name="capacity"/> tokens before it grows.</summary>
    /// <param name="capacity">Initial capacity; the buffer doubles when it is full.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public TokenBuffer(int capacity = 16)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        capacity = Math.Max(capacity, 4);
        _starts = new int[capacity];
        _lengths = new int[capacity];
        _kinds = new TokenKind[capacity];
    }

    /// <summary>Gets the number of tokens added so far.</summary>
    public int Count { get; private set; }

    /// <summary>Appends a token. Tokens must be added in text order and must not overlap.</summary>
    /// <param name="start">UTF-16 offset of the first character.</param>
    /// <param name="length">Number of UTF-16 code units; at least 1.</param>
    /// <param name="kind">The token's kind.</param>
    public void Add(int start, int length, TokenKind kind)
    {
        if (Count == _starts.Length)
        {
            Grow();
        }

        _starts[Count] = start;
        _lengths[Count] = length;
        _kinds[Count] = kind;
        Count++;
    }

    /// <summary>Gets the start offset of token <paramref name="index"/>.</summary>
    /// <param name="index">Token index, less than <see cref="Count"/>.</param>
    public int StartAt(int index) => _starts[CheckIndex(index)];

    /// <summary>Gets the length of token <paramref name="index"/>.</summary>
    /// <param name="index">Token index, less than <see cref="Count"/>.</param>
    public int LengthAt(int index) => _lengths[CheckIndex(index)];

    /// <summary>Gets the kind of token <paramref name="index"/>.</summary>
    /// <param name="index">Token index, less than <see cref="Count"/>.</param>
    public TokenKind KindAt(int index) => _kinds[CheckIndex(index)];

    /// <summary>Removes all tokens, keeping the allocated capacity.</summary>
    public void Clear() => Count = 0;

    internal void MoveTo(out int[] starts, out int[] lengths, out TokenKind[] kinds, out int count)
    {
        starts = _starts;
        lengths = _lengths;
        kinds = _kinds;
        count = Count;
        _starts = [];
        _lengths = [];
        _kinds = [];
        Count = 0;
    }

    private int CheckIndex(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"Token index must be less than {Count}.");
        }

        return index;
    }

    private void Grow()
    {
        var size = Math.Max(8, _starts.Length * 2);
        Array.Resize(ref _starts, size);
        Array.Resize(ref _lengths, size);
        Array.Resize(ref _kinds, size);
    }
}
