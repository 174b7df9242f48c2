using System.Buffers.Binary;
using System.Text;

namespace SinoRussia.Nlp.Entities.Models;

internal sealed class ModelBinaryReader
{
    private const int MaxStringBytes = 1 << 16;
    private readonly byte[] _data;
    private readonly string _source;
    private int _position;

    public ModelBinaryReader(byte[] data, int start, string source)
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

    public void SkipString()
    {
        var length = ReadInt32();
        if (length < 0 || length > MaxStringBytes || length > Remaining)
        {
            throw Fail($"a string length {length} at byte {_position - 4} is out of range");
        }

        _position += length;
    }

    public int ReadInt32()
    {
        Need(4, "a 32-bit integer");
        var value = BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(_position));
        _position += 4;
        return value;
    }

    public long ReadInt64()
    {
        Need(8, "a 64-bit integer");
        var value = BinaryPrimitives.ReadInt64LittleEndian(_data.AsSpan(_position));
        _position += 8;
        return value;
    }

    public float ReadSingle()
    {
        Need(4, "a float");
        var value = BinaryPrimitives.ReadSingleLittleEndian(_data.AsSpan(_position));
        _position += 4;
        if (!float.IsFinite(value))
        {
            throw Fail($"a weight at byte {_position - 4} is not a finite number");
        }

        return value;
    }

    public void ReadSingles(float[] destination)
    {
        var bytes = (long)destination.Length * 4;
        if (bytes > Remaining)
        {
            throw Fail($"the file ends early (truncated) while reading {destination.Length} weights at byte {_position}");
        }

        var source = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(_data.AsSpan(_position, (int)bytes));
        if (!BitConverter.IsLittleEndian)
        {
            for (var i = 0; i < destination.Length; i++)
            {
                destination[i] = BinaryPrimitives.ReadSingleLittleEndian(_data.AsSpan(_position + (i * 4)));
            }
        }
        else
        {
            source.CopyTo(destination);
        }

        _position += (int)bytes;
        foreach (var value in destination)
        {
            if (!float.IsFinite(value))
            {
                throw Fail("a weight is not a finite number");
            }
        }
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

    public string ReadString()
    {
        var length = ReadInt32();
        if (length < 0 || length > MaxStringBytes || length > Remaining)
        {
            throw Fail($"a string length {length} at byte {_position - 4} is out of range");
        }

        var value = Encoding.UTF8.GetString(_data, _position, length);
        _position += length;
        return value;
    }

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
