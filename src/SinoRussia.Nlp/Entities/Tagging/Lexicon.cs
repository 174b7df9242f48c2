using System.Runtime.CompilerServices;
using System.Text;

namespace SinoRussia.Nlp.Entities.Tagging;

/// <summary>
/// Interns strings as dense ids (0, 1, 2, ... in order of addition). The characters of all strings live in one
/// buffer and an open-addressing table holds the ids, so a model with a few hundred thousand strings loads without
/// allocating an object per string, and a lookup by span allocates nothing.
/// </summary>
internal sealed class Lexicon
{
    private char[] _chars;
    private int _charCount;
    private int[] _starts;
    private int[] _hashes;
    private int[] _slots;
    private int _mask;

    public Lexicon(int capacity = 0, int charCapacity = 0)
    {
        capacity = Math.Max(capacity, 16);
        _starts = new int[capacity + 1];
        _hashes = new int[capacity];
        _chars = new char[charCapacity > 0 ? charCapacity : capacity * 8];
        var slots = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity * 2);
        _slots = new int[slots];
        _mask = slots - 1;
    }

    public int Count { get; private set; }

    public string this[int id] => new(Text(id));

    public ReadOnlySpan<char> Text(int id)
    {
        if ((uint)id >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(id));
        }

        return _chars.AsSpan(_starts[id], _starts[id + 1] - _starts[id]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ReadOnlySpan<char> text) => Find(text, string.GetHashCode(text));

    public int GetOrAdd(ReadOnlySpan<char> text)
    {
        var hash = string.GetHashCode(text);
        var id = Find(text, hash);
        if (id >= 0)
        {
            return id;
        }

        EnsureChars(text.Length);
        text.CopyTo(_chars.AsSpan(_charCount));
        return Append(text.Length, hash);
    }

    public bool TryAdd(ReadOnlySpan<char> text, out int id)
    {
        var before = Count;
        id = GetOrAdd(text);
        return Count != before;
    }

    /// <summary>Decodes a UTF-8 string straight into the buffer and adds it.</summary>
    /// <returns><see langword="false"/> (nothing added) when the string is already present.</returns>
    // Fully optimised from the first call: a model load adds 100,000+ strings before tiered compilation would step in.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryAddUtf8(ReadOnlySpan<byte> utf8, out int id)
    {
        EnsureChars(utf8.Length);
        var length = Encoding.UTF8.GetChars(utf8, _chars.AsSpan(_charCount));
        var text = _chars.AsSpan(_charCount, length);
        var hash = string.GetHashCode(text);
        id = Find(text, hash);
        if (id >= 0)
        {
            return false;
        }

        id = Append(length, hash);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ReadOnlySpan<char> text, int hash)
    {
        var slot = hash & _mask;
        while (true)
        {
            var entry = _slots[slot] - 1;
            if (entry < 0)
            {
                return -1;
            }

            if (_hashes[entry] == hash && _chars.AsSpan(_starts[entry], _starts[entry + 1] - _starts[entry]).SequenceEqual(text))
            {
                return entry;
            }

            slot = (slot + 1) & _mask;
        }
    }

    // The characters of the new string are already at _charCount.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Append(int length, int hash)
    {
        var id = Count;
        if (id == _hashes.Length)
        {
            Array.Resize(ref _hashes, _hashes.Length * 2);
            Array.Resize(ref _starts, _hashes.Length + 1);
        }

        _hashes[id] = hash;
        _charCount += length;
        _starts[id + 1] = _charCount;
        Count = id + 1;
        if (Count * 2 > _slots.Length)
        {
            Rehash(_slots.Length * 2);
        }
        else
        {
            Place(id);
        }

        return id;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Place(int id)
    {
        var slot = _hashes[id] & _mask;
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & _mask;
        }

        _slots[slot] = id + 1;
    }

    private void Rehash(int size)
    {
        _slots = new int[size];
        _mask = size - 1;
        for (var id = 0; id < Count; id++)
        {
            Place(id);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnsureChars(int more)
    {
        if (_charCount + more > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + more));
        }
    }
}
