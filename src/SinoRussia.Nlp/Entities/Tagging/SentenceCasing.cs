namespace SinoRussia.Nlp.Entities.Tagging;

/// <summary>
/// Classifies how a sentence is cased (ordinary, all lower case, all upper case, headline title case), because capital
/// letters only signal names in ordinary sentences: web text is often all lower case and headlines capitalise every word.
/// </summary>
internal struct SentenceCasing
{
    public const int Mixed = 0;
    public const int AllLower = 1;
    public const int AllUpper = 2;
    public const int Title = 3;

    private int _words;
    private int _lower;
    private int _upper;
    private int _capitalised;
    private int _longLowerInitial;

    public readonly int Class =>
        _words == 0 ? Mixed
        : _upper == _words ? AllUpper
        : _lower == _words ? AllLower
        : _capitalised >= 3 && _longLowerInitial == 0 && _capitalised * 4 >= _words * 3 ? Title
        : Mixed;

    public void Add(ReadOnlySpan<char> token)
    {
        var hasUpper = false;
        var hasLower = false;
        foreach (var c in token)
        {
            hasUpper |= char.IsUpper(c);
            hasLower |= char.IsLower(c);
        }

        if (!hasUpper && !hasLower)
        {
            return;
        }

        _words++;
        _lower += hasUpper ? 0 : 1;
        _upper += hasLower ? 0 : 1;
        _capitalised += char.IsUpper(token[0]) ? 1 : 0;
        _longLowerInitial += token.Length >= 4 && char.IsLower(token[0]) ? 1 : 0;
    }
}
