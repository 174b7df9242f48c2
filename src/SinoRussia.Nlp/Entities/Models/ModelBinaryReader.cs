using System.Buffers.Binary;
using System.Text;

namespace SinoRussia.Nlp.Entities.Models;

internal sealed class ModelBinaryReader
{
    private const int MaxStringBytes = 1 << 16;
    private readonly ReadOnlyMemory<byte> _data;
    private readonly string _source;
    private int _position;

    public ModelBinaryReader(ReadOnlyMemory<byte> data, int start, string source)
    {
        _data = data;
        _position = start;
        _source = source;
    }

    public int Remaining => _data.Length - _position;

    public int Position => _position;

    public void Skip(long bytes, string what)
    {
        if (bytes < 0 || bytes > Remaining)
        {
            throw Fail($"the file ends early (truncated) while skipping {what} at byte {_position}");
        }

        _position += (int)bytes;
    }

    public void SkipString() => ReadUtf8();

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int ReadInt32()
    {
        Need(4, "a 32-bit integer");
        var value = BinaryPrimitives.ReadInt32LittleEndian(_data.Span[_position..]);
        _position += 4;
        return value;
    }

    /// <summary>Reads <paramref name="count"/> little-endian floats, all finite, in place where the platform allows.</summary>
    public ReadOnlySpan<float> ReadSingles(int count)
    {
        var start = _position;
        var values = ReadInPlace<float>(count, "weights");
        for (var i = 0; i < values.Length; i++)
        {
            if (!float.IsFinite(values[i]))
            {
                throw Fail($"a weight at byte {start + (i * 4)} is not a finite number");
            }
        }

        return values;
    }

    /// <summary>Reads <paramref name="count"/> little-endian 32-bit integers, in place where the platform allows.</summary>
    public ReadOnlySpan<int> ReadInt32s(int count) => ReadInPlace<int>(count, "32-bit integers");

    /// <summary>Reads <paramref name="count"/> little-endian 64-bit integers, in place where the platform allows.</summary>
    public ReadOnlySpan<long> ReadInt64s(int count) => ReadInPlace<long>(count, "64-bit integers");

    // On 64-bit little-endian machines the values are read where they lie in the file's bytes (unaligned loads are
    // allowed there); elsewhere they are copied into an aligned array, byte-swapped on big-endian machines.
    private ReadOnlySpan<T> ReadInPlace<T>(int count, string what)
        where T : unmanaged
    {
        var size = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        var bytes = (long)count * size;
        if (count < 0 || bytes > Remaining)
        {
            throw Fail($"the file ends early (truncated) while reading {count} {what} at byte {_position}");
        }

        var source = _data.Span.Slice(_position, (int)bytes);
        _position += (int)bytes;
        if (BitConverter.IsLittleEndian && Environment.Is64BitProcess)
        {
            return System.Runtime.InteropServices.MemoryMarshal.Cast<byte, T>(source);
        }

        var copy = new T[count];
        var target = System.Runtime.InteropServices.MemoryMarshal.AsBytes(copy.AsSpan());
        source.CopyTo(target);
        if (!BitConverter.IsLittleEndian)
        {
            for (var i = 0; i < target.Length; i += size)
            {
                target.Slice(i, size).Reverse();
            }
        }

        return copy;
    }

    public int ReadCount(int minBytesPerItem, string what, int max = int.MaxValue)
    {
        var count = ReadInt32();
        if (count < 0 || count > max || (long)count * minBytesPerItem > Remaining)
        {
            throw Fail($"the {what} count {count} at byte {_position - 4} is impossible for the {Remaining} bytes left");
        }

        return count;
    }

    /// <summary>Reads a length-prefixed UTF-8 string as its bytes (not decoded).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> ReadUtf8()
    {
        var length = ReadInt32();
        if (length < 0 || length > MaxStringBytes || length > Remaining)
        {
            throw Fail($"a string length {length} at byte {_position - 4} is out of range");
        }

        var value = _data.Span.Slice(_position, length);
        _position += length;
        return value;
    }

    public string ReadString() => Encoding.UTF8.GetString(ReadUtf8());

    public void ExpectEnd()
    {
        if (Remaining != 0)
        {
            throw Fail($"{Remaining} unexpected bytes after the last section");
        }
    }

    public ModelFormatException Fail(string problem) => new(_source, problem);

    private void Need(int bytes, string what)
    {
        if (Remaining < bytes)
        {
            throw Fail($"the file ends early (truncated) while reading {what} at byte {_position}");
        }
    }
}
