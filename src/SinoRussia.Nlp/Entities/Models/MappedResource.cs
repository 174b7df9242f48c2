using System.Buffers;

namespace SinoRussia.Nlp.Entities.Models;

/// <summary>
/// Exposes the bytes of an embedded resource that the runtime maps from the assembly image as
/// <see cref="ReadOnlyMemory{T}"/>, without copying. Only for the library's own resources: the memory stays valid
/// while the assembly is loaded, which for this library is the life of the process.
/// </summary>
internal sealed unsafe class MappedResource : MemoryManager<byte>
{
    private readonly byte* _pointer;
    private readonly int _length;

    private MappedResource(byte* pointer, int length)
    {
        _pointer = pointer;
        _length = length;
    }

    public static ReadOnlyMemory<byte> Of(UnmanagedMemoryStream stream) =>
        new MappedResource(stream.PositionPointer, checked((int)(stream.Length - stream.Position))).Memory;

    public override Span<byte> GetSpan() => new(_pointer, _length);

    public override MemoryHandle Pin(int elementIndex = 0) => new(_pointer + elementIndex);

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
    }
}
