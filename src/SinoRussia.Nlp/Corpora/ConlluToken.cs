namespace SinoRussia.Nlp.Corpora;

/// <summary>A surface token of a CoNLL-U sentence: an ordinary word line, or a multiword-token range with its words.</summary>
public sealed class ConlluToken
{
    /// <summary>Creates a token.</summary>
    /// <param name="form">The surface form as written in the text.</param>
    /// <param name="words">The syntactic words the token stands for: one for an ordinary token, two or more for a multiword token.</param>
    /// <param name="spaceAfter"><see langword="false"/> when the MISC column says <c>SpaceAfter=No</c>.</param>
    /// <param name="lineNumber">1-based line of the token in its file.</param>
    public ConlluToken(string form, IReadOnlyList<string> words, bool spaceAfter, int lineNumber)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(words);
        Form = form;
        Words = words;
        SpaceAfter = spaceAfter;
        LineNumber = lineNumber;
    }

    /// <summary>Gets the surface form.</summary>
    public string Form { get; }

    /// <summary>Gets the syntactic words (the forms of the word lines a multiword range covers, or the form itself).</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Gets a value indicating whether the token is a multiword-token range (such as <c>don't</c> = <c>do</c> + <c>n't</c>).</summary>
    public bool IsMultiword => Words.Count > 1;

    /// <summary>Gets a value indicating whether a space follows the token in the original text.</summary>
    public bool SpaceAfter { get; }

    /// <summary>Gets the 1-based line number of the token in its file.</summary>
    public int LineNumber { get; }

    /// <inheritdoc />
    public override string ToString() => Form;
}
