using System.Collections;

namespace SinoRussia.Nlp.Documents;

/// <summary>The named entities of a document as a read-only list of <see cref="Entity"/> views.</summary>
public readonly struct EntityList : IReadOnlyList<Entity>
{
    private readonly Document _document;

    internal EntityList(Document document)
    {
        _document = document;
    }

    /// <inheritdoc />
    public int Count => _document.EntityCount;

    /// <inheritdoc />
    public Entity this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The document has {Count} entities.");
            }

            return new Entity(_document, index);
        }
    }

    /// <summary>Returns an enumerator.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<Entity> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return new Entity(_document, i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
