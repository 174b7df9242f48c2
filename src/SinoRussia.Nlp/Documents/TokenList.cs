using System.Collections;

namespace SinoRussia.Nlp.Documents;

/// <summary>The tokens of a document, or of a span of it, as a read-only list of <see cref="Token"/> views.</summary>
public readonly struct TokenList : IReadOnlyList<Token>
{
    private readonly Document _document;
    private readonly int _first;

    internal TokenList(Document document)
        : this(document, 0, document.TokenCount)
    {
    }

    internal TokenList(Document document, int first, int count)
    {
        _document = document;
        _first = first;
        Count = count;
    }

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public Token this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The list has {Count} tokens.");
            }

            return new Token(_document, _first + index);
        }
    }

    /// <summary>Returns an allocation-free enumerator.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(_document, _first, _first + Count);

    IEnumerator<Token> IEnumerable<Token>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates tokens without allocating.</summary>
    public struct Enumerator : IEnumerator<Token>
    {
        private readonly Document _document;
        private readonly int _end;
        private int _index;

        internal Enumerator(Document document, int first, int end)
        {
            _document = document;
            _index = first - 1;
            _end = end;
        }

        /// <inheritdoc />
        public readonly Token Current => new(_document, _index);

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext() => ++_index < _end;

        /// <inheritdoc />
        public readonly void Reset() => throw new NotSupportedException();

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}
