using SinoRussia.Nlp.Entities.Tagging;

namespace SinoRussia.Nlp.Entities.Models;

/// <summary>
/// A trained statistical entity tagger, stored in a versioned binary format of this library
/// (signature, format version, payload length and CRC-32 checksum).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Loading reads at most <see cref="MaxFileBytes"/> bytes, checks the checksum before
/// parsing and bounds every count by the bytes left, so a truncated, corrupted or foreign file gives a
/// <see cref="ModelFormatException"/> naming it, never a crash or an oversized allocation.
/// </remarks>
public sealed class EntityModel
{
    /// <summary>The largest model file accepted, in bytes (64 MiB).</summary>
    public const long MaxFileBytes = TaggerModel.MaxFileBytes;

    private const string DefaultResource = "SinoRussia.Nlp.Entities.Models.default-ner.bin";
    private static readonly Lazy<EntityModel> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    internal EntityModel(TaggerModel tagger)
    {
        Tagger = tagger;
    }

    /// <summary>Gets the default English model embedded in the library (PERSON, ORG, LOC; loaded once, on first use).</summary>
    /// <exception cref="ModelFormatException">The embedded model is missing or damaged.</exception>
    public static EntityModel Default => LazyDefault.Value;

    /// <summary>Gets the entity labels the model predicts.</summary>
    public IReadOnlyList<string> Labels => Tagger.Labels;

    /// <summary>Gets the training description stored in the model (labels, data sizes, epochs, seed, development F1).</summary>
    public string Metadata => Tagger.Metadata;

    /// <summary>Gets the number of weighted features.</summary>
    public int FeatureCount => Tagger.FeatureCount;

    internal TaggerModel Tagger { get; }

    /// <summary>Loads a model file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ModelFormatException">The file is missing, empty, too large, truncated, corrupted or not a model.</exception>
    public static EntityModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = File.OpenRead(path);
            return Load(stream, path);
        }
        catch (IOException ex)
        {
            throw new ModelFormatException(path, $"the file cannot be read ({ex.Message})", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new ModelFormatException(path, $"the file cannot be read ({ex.Message})", ex);
        }
    }

    /// <summary>Loads a model from a stream.</summary>
    /// <param name="stream">The stream, read to its end.</param>
    /// <param name="sourceName">A name for error messages, such as the file name.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ModelFormatException">The data is empty, too large, truncated, corrupted or not a model.</exception>
    public static EntityModel Load(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        byte[] data;
        if (stream.CanSeek)
        {
            var length = stream.Length - stream.Position;
            if (length > MaxFileBytes)
            {
                throw new ModelFormatException(sourceName, $"it is {length} bytes, more than the {MaxFileBytes} bytes a model may have");
            }

            data = new byte[length];
            stream.ReadExactly(data);
        }
        else
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaxFileBytes)
                {
                    throw new ModelFormatException(sourceName, $"it is more than the {MaxFileBytes} bytes a model may have");
                }

                buffer.Write(chunk, 0, read);
            }

            data = buffer.ToArray();
        }

        return new EntityModel(TaggerModel.Deserialize(data, sourceName));
    }

    /// <summary>Saves the model to a file (overwritten).</summary>
    /// <param name="path">The file.</param>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllBytes(path, Tagger.Serialize());
    }

    /// <summary>Writes the model to a stream.</summary>
    /// <param name="stream">The stream.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Tagger.Serialize());
    }

    private static EntityModel LoadDefault()
    {
        using var stream = typeof(EntityModel).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new ModelFormatException(DefaultResource, "the embedded default model is missing from the assembly");

        // The resource lies in the assembly's mapped image for the life of the process, so it is parsed where it is
        // instead of being copied: filling a fresh 15 MB array costs more than the parse on a machine with slow
        // page faults.
        if (stream is UnmanagedMemoryStream mapped && mapped.Length - mapped.Position <= MaxFileBytes)
        {
            return new EntityModel(TaggerModel.Deserialize(MappedResource.Of(mapped), DefaultResource));
        }

        return Load(stream, DefaultResource);
    }
}
