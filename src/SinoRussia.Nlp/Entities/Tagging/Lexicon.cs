namespace SinoRussia.Nlp.Entities.Tagging;

internal sealed class Lexicon
{
    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _strings;

    public Lexicon(int capacity = 0)
    {
        _ids = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _strings = new List<string>(capacity);
    }

    public int Count => _strings.Count;

    public string this[int id] => _strings[id];

    public int Find(ReadOnlySpan<char> text) => _lookup.TryGetValue(text, out var id) ? id : -1;

    public int GetOrAdd(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out var id))
        {
            return id;
        }

        var s = text.ToString();
        id = _strings.Count;
        _strings.Add(s);
        _ids.Add(s, id);
        return id;
    }

    public bool TryAdd(string text, out int id)
    {
        if (_ids.TryGetValue(text, out id))
        {
            return false;
        }

        id = _strings.Count;
        _strings.Add(text);
        _ids.Add(text, id);
        return true;
    }
}
