namespace SinoRussia.Nlp.Documents;

/// <summary>A view of one named entity of a document.</summary>
public readonly struct Entity : IEquatable<Entity>
{
    private readonly Document _document;

    internal Entity(Document document, int index)
    {
        _document = document;
        Index = index;
    }

    private ref readonly EntityRecord Record => ref _document.EntityRecords[Index];

    /// <summary>Gets the document the entity belongs to.</summary>
    public Document Document => _document;

    /// <summary>Gets the entity's index in <see cref="Document.Entities"/>.</summary>
    public int Index { get; }

    /// <summary>Gets the UTF-16 offset of the first character.</summary>
    public int Start => Record.Start;

    /// <summary>Gets the offset one past the last character.</summary>
    public int End => Record.End;

    /// <summary>Gets the entity type, such as <c>PERSON</c>, <c>GPE</c> or <c>DATE</c>.</summary>
    public string Label => Record.Label;

    /// <summary>Gets the confidence in <c>[0, 1]</c>.</summary>
    public float Score => Record.Score;

    /// <summary>Gets the canonical name shared by all spellings of the entity, or <see langword="null"/>.</summary>
    public string? CanonicalId => Record.CanonicalId;

    /// <summary>Gets the range of token indices the entity covers.</summary>
    public TokenRange TokenRange => new(Record.FirstToken, Record.EndToken);

    /// <summary>Gets the entity's tokens.</summary>
    public TokenList Tokens => new(_document, Record.FirstToken, Record.EndToken - Record.FirstToken);

    /// <summary>Gets the entity's text (allocates).</summary>
    public string Text => _document.Text[Start..End];

    /// <summary>Returns the entity's characters without allocating.</summary>
    /// <returns>A span over the document's text.</returns>
    public ReadOnlySpan<char> AsSpan() => _document.Text.AsSpan(Start, End - Start);

    /// <inheritdoc />
    public bool Equals(Entity other) => ReferenceEquals(_document, other._document) && Index == other.Index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Entity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_document, Index);

    /// <inheritdoc />
    public override string ToString() => $"{Text} [{Label}]";

    /// <summary>Compares two entities for identity.</summary>
    /// <param name="left">The first entity.</param>
    /// <param name="right">The second entity.</param>
    /// <returns><see langword="true"/> when both are the same entity of the same document.</returns>
    public static bool operator ==(Entity left, Entity right) => left.Equals(right);

    /// <summary>Compares two entities for difference.</summary>
    /// <param name="left">The first entity.</param>
    /// <param name="right">The second entity.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Entity left, Entity right) => !left.Equals(right);
}
