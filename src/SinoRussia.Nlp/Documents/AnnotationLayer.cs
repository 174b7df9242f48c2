namespace SinoRussia.Nlp.Documents;

/// <summary>
/// Names a kind of annotation that a pipeline component reads or writes, such as tokens or entities.
/// </summary>
/// <remarks>
/// Components declare the layers they require and produce; <see cref="Pipeline.NlpPipelineBuilder.Build"/>
/// uses the declarations to reject a pipeline whose components are in the wrong order.
/// Custom components may declare their own layers by creating new instances.
/// </remarks>
/// <param name="Name">The layer's name, compared ordinally.</param>
public readonly record struct AnnotationLayer(string Name)
{
    /// <summary>Tokens: exact character spans with a <see cref="TokenKind"/>.</summary>
    public static AnnotationLayer Tokens { get; } = new("tokens");

    /// <summary>Sentences: contiguous token ranges.</summary>
    public static AnnotationLayer Sentences { get; } = new("sentences");

    /// <summary>Paragraphs: contiguous token ranges separated by blank lines (or single line breaks).</summary>
    public static AnnotationLayer Paragraphs { get; } = new("paragraphs");

    /// <summary>Named entities: labelled, scored, non-overlapping token ranges.</summary>
    public static AnnotationLayer Entities { get; } = new("entities");

    /// <summary>Stance judgements for the document and its paragraphs.</summary>
    public static AnnotationLayer Stance { get; } = new("stance");

    /// <inheritdoc />
    public override string ToString() => Name;
}
