using System.Runtime.CompilerServices;

namespace SinoRussia.Nlp.Entities.Tagging;

internal sealed class FeatureTable
{
    private readonly float[] _data;
    private readonly int _stride;
    private readonly int _tags;
    private readonly ulong _capacity;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public FeatureTable(ReadOnlySpan<long> keys, ReadOnlySpan<float> weights, int tags)
    {
        var capacity = Math.Max(16, keys.Length + (keys.Length / 2));

        _tags = tags;
        Count = keys.Length;
        _stride = (2 + tags + 15) / 16 * 16;
        _data = new float[(long)capacity * _stride > int.MaxValue ? throw new InvalidDataException("too many features") : capacity * _stride];
        _capacity = (ulong)capacity;
        for (var row = 0; row < keys.Length; row++)
        {
            var key = keys[row];
            var slot = Slot(key);
            while (KeyAt(slot) != 0)
            {
                if (KeyAt(slot) == key)
                {
                    throw new InvalidDataException($"duplicate feature key {key:X16}");
                }

                slot = slot + 1 == (int)_capacity ? 0 : slot + 1;
            }

            var at = slot * _stride;
            Unsafe.WriteUnaligned(ref Unsafe.As<float, byte>(ref _data[at]), key);
            weights.Slice(row * tags, tags).CopyTo(_data.AsSpan(at + 2, tags));
        }
    }

    public int Count { get; }

    /// <summary>The keys in ascending order with their weights (<c>tags</c> per key), as a model file stores them.</summary>
    public (long[] Keys, float[] Weights) Export()
    {
        var keys = new long[Count];
        var slots = new int[Count];
        var n = 0;
        for (var slot = 0; slot < (int)_capacity; slot++)
        {
            if (KeyAt(slot) != 0)
            {
                keys[n] = KeyAt(slot);
                slots[n++] = slot;
            }
        }

        Array.Sort(keys, slots);
        var weights = new float[Count * _tags];
        for (var i = 0; i < Count; i++)
        {
            _data.AsSpan((slots[i] * _stride) + 2, _tags).CopyTo(weights.AsSpan(i * _tags));
        }

        return (keys, weights);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<float> Find(long key)
    {
        var slot = Slot(key);
        while (true)
        {
            var found = KeyAt(slot);
            if (found == key)
            {
                return new ReadOnlySpan<float>(_data, (slot * _stride) + 2, _tags);
            }

            if (found == 0)
            {
                return default;
            }

            slot = slot + 1 == (int)_capacity ? 0 : slot + 1;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long KeyAt(int slot) => Unsafe.ReadUnaligned<long>(ref Unsafe.As<float, byte>(ref _data[slot * _stride]));

    private int Slot(long key) => (int)((((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 32) * _capacity) >> 32);
}
