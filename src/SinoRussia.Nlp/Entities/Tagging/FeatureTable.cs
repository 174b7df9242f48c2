namespace SinoRussia.Nlp.Entities.Tagging;

internal sealed class FeatureTable
{
    private readonly long[] _slots;
    private readonly int[] _rows;
    private readonly int _shift;
    private readonly int _mask;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public FeatureTable(ReadOnlySpan<long> keys)
    {
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        _slots = new long[capacity];
        _rows = new int[capacity];
        _mask = capacity - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        for (var row = 0; row < keys.Length; row++)
        {
            var key = keys[row];
            var slot = Slot(key);
            while (_slots[slot] != 0)
            {
                if (_slots[slot] == key)
                {
                    throw new InvalidDataException($"duplicate feature key {key:X16}");
                }

                slot = (slot + 1) & _mask;
            }

            _slots[slot] = key;
            _rows[slot] = row;
        }
    }

    public int Find(long key)
    {
        var slot = Slot(key);
        while (true)
        {
            var found = _slots[slot];
            if (found == key)
            {
                return _rows[slot];
            }

            if (found == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> _shift);
}
