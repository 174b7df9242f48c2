using System.Collections;

namespace SinoRussia.Nlp.Documents;

/// <summary>A read-only list of <see cref="Span"/> views, such as a document's sentences.</summary>
public readonly struct SpanList : IReadOnlyList<Span>
{
    private readonly Document _document;
    private readonly TokenRange[] _ranges;

    internal SpanList(Document document, TokenRange[] ranges)
    {
        _document = document;
        _ranges = ranges;
    }

    /// <inheritdoc />
    public int Count => _ranges.Length;

    /// <inheritdoc />
    public Span this[int index] => new(_document, index, _ranges[index]);

    /// <summary>Returns the index of the span that contains token <paramref name="tokenIndex"/>, or -1.</summary>
    /// <param name="tokenIndex">A token index.</param>
    /// <returns>The span index, or -1 when no span contains the token.</returns>
    public int IndexOfToken(int tokenIndex)
    {
        var lo = 0;
        var hi = _ranges.Length - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var r = _ranges[mid];
            if (tokenIndex < r.Start)
            {
                hi = mid - 1;
            }
            else if (tokenIndex >= r.End)
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

    /// <summary>Returns an enumerator.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<Span> GetEnumerator()
    {
        for (var i = 0; i < _ranges.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
