using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SinoRussia.Nlp.Stance;

internal static class StanceModelFile
{
    public const string MetadataEntry = "metadata.json";
    public const string FeaturesEntry = "features.bin";
    public const string MlNetEntry = "mlnet-model.zip";
    private const int Magic = 0x46535253;
    private const int BinaryVersion = 1;
    private const long MaxFileBytes = 256L * 1024 * 1024;
    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static byte[] WriteFeatures(StanceFeaturizer featurizer, LinearWeights? linear, int labelCount)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(BinaryVersion);
            writer.Write(featurizer.Count);
            writer.Write(labelCount);
            writer.Write(linear is not null);
            for (var i = 0; i < featurizer.Count; i++)
            {
                writer.Write(featurizer.Features[i]);
                writer.Write(featurizer.InverseDocumentFrequencies[i]);
            }

            if (linear is not null)
            {
                foreach (var w in linear.Weights)
                {
                    writer.Write(w);
                }

                foreach (var b in linear.Biases)
                {
                    writer.Write(b);
                }
            }
        }

        return stream.ToArray();
    }

    public static void Write(StanceModel model, Stream stream)
    {
        var features = WriteFeatures(model.Featurizer, model.Linear, model.Labels.Count);
        var metadata = model.Metadata with
        {
            Checksums = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                [FeaturesEntry] = Hash(features),
                [MlNetEntry] = Hash(model.MlNetModel),
            },
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(metadata, Json);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, MetadataEntry, json);
        Add(zip, FeaturesEntry, features);
        Add(zip, MlNetEntry, model.MlNetModel);
    }

    public static StanceModel Read(Stream stream, string source)
    {
        byte[] bytes;
        try
        {
            bytes = ReadBounded(stream, MaxFileBytes, source, "the file");
        }
        catch (IOException ex)
        {
            throw Fail(source, $"could not be read: {ex.Message}", ex);
        }

        if (bytes.Length == 0)
        {
            throw Fail(source, "is empty.");
        }

        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            throw Fail(source, $"is not a stance model: it is not a readable zip archive, so it is truncated, corrupt or of another kind ({ex.Message}).", ex);
        }

        using (zip)
        {
            var metadataEntry = zip.GetEntry(MetadataEntry);
            if (metadataEntry is null)
            {
                var mlNetLike = zip.Entries.Any(e => e.FullName.StartsWith("TransformerChain", StringComparison.Ordinal) || e.FullName.StartsWith("Model/", StringComparison.Ordinal) || e.FullName.StartsWith("Schema", StringComparison.Ordinal));
                throw Fail(source, mlNetLike
                    ? "is a plain ML.NET model, not a SinoRussia stance model (it has no metadata.json); train one with StanceTrainer or the train-stance command."
                    : "is not a stance model: the zip archive has no metadata.json.");
            }

            StanceModelMetadata metadata;
            try
            {
                metadata = JsonSerializer.Deserialize<StanceModelMetadata>(ReadEntry(metadataEntry, source), Json)
                    ?? throw Fail(source, "has an empty metadata.json.");
            }
            catch (JsonException ex)
            {
                throw Fail(source, $"has an invalid metadata.json (line {ex.LineNumber + 1}): {ex.Message}", ex);
            }

            if (metadata.Format != StanceModelMetadata.FormatName)
            {
                throw Fail(source, $"is not a stance model: its metadata format is '{metadata.Format}', expected '{StanceModelMetadata.FormatName}'.");
            }

            if (metadata.FormatVersion < 1 || metadata.FormatVersion > StanceModelMetadata.CurrentFormatVersion)
            {
                throw Fail(source, $"has format version {metadata.FormatVersion}; this library reads versions 1 to {StanceModelMetadata.CurrentFormatVersion}. Upgrade SinoRussia.Nlp.Stance or retrain the model.");
            }

            if (string.IsNullOrWhiteSpace(metadata.Target) || metadata.Labels is null || metadata.Labels.Count < 2 || metadata.Labels.Distinct(StringComparer.Ordinal).Count() != metadata.Labels.Count)
            {
                throw Fail(source, "has invalid metadata: it needs a target and at least two distinct labels.");
            }

            var features = ReadChecked(zip, FeaturesEntry, metadata, source);
            var mlNet = ReadChecked(zip, MlNetEntry, metadata, source);
            var (featurizer, linear) = ParseFeatures(features, metadata, source);
            var model = new StanceModel(metadata, featurizer, linear, mlNet, source);
            if (linear is null)
            {
                model.LoadMlNet();
            }

            return model;
        }
    }

    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static (StanceFeaturizer, LinearWeights?) ParseFeatures(byte[] bytes, StanceModelMetadata metadata, string source)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            if (reader.ReadInt32() != Magic || reader.ReadInt32() != BinaryVersion)
            {
                throw Fail(source, $"has an unrecognised {FeaturesEntry} (bad magic number or version).");
            }

            var dimension = reader.ReadInt32();
            var labelCount = reader.ReadInt32();
            var hasWeights = reader.ReadBoolean();
            var remaining = bytes.Length - reader.BaseStream.Position;
            if (dimension < 0 || labelCount != metadata.Labels.Count || dimension != metadata.FeatureCount || dimension > remaining / 5)
            {
                throw Fail(source, $"has an inconsistent {FeaturesEntry}: {dimension} features and {labelCount} labels, metadata says {metadata.FeatureCount} and {metadata.Labels.Count}.");
            }

            var names = new string[dimension];
            var idf = new float[dimension];
            for (var i = 0; i < dimension; i++)
            {
                names[i] = reader.ReadString();
                idf[i] = reader.ReadSingle();
            }

            LinearWeights? linear = null;
            if (hasWeights)
            {
                var count = (long)dimension * labelCount;
                if ((count + labelCount) * 4 != bytes.Length - reader.BaseStream.Position)
                {
                    throw Fail(source, $"has a truncated or oversized weight table in {FeaturesEntry}.");
                }

                var weights = new float[count];
                for (var i = 0; i < weights.Length; i++)
                {
                    weights[i] = reader.ReadSingle();
                }

                var biases = new float[labelCount];
                for (var i = 0; i < biases.Length; i++)
                {
                    biases[i] = reader.ReadSingle();
                }

                linear = new LinearWeights(weights, biases, dimension, labelCount);
            }

            if (names.Distinct(StringComparer.Ordinal).Count() != names.Length)
            {
                throw Fail(source, $"has duplicate features in {FeaturesEntry}.");
            }

            return (new StanceFeaturizer(metadata.ToFeatureSettings(), names, idf), linear);
        }
        catch (EndOfStreamException ex)
        {
            throw Fail(source, $"has a truncated {FeaturesEntry}.", ex);
        }
        catch (FormatException ex)
        {
            throw Fail(source, $"has a corrupt {FeaturesEntry}: {ex.Message}", ex);
        }
    }

    private static byte[] ReadChecked(ZipArchive zip, string name, StanceModelMetadata metadata, string source)
    {
        var entry = zip.GetEntry(name) ?? throw Fail(source, $"is incomplete: the entry {name} is missing.");
        var bytes = ReadEntry(entry, source);
        if (metadata.Checksums is null || !metadata.Checksums.TryGetValue(name, out var expected))
        {
            throw Fail(source, $"has no checksum for {name} in its metadata.");
        }

        if (!string.Equals(Hash(bytes), expected, StringComparison.OrdinalIgnoreCase))
        {
            throw Fail(source, $"is corrupt: the checksum of {name} does not match its metadata.");
        }

        return bytes;
    }

    private static byte[] ReadEntry(ZipArchiveEntry entry, string source)
    {
        if (entry.Length > MaxFileBytes)
        {
            throw Fail(source, $"has an entry {entry.FullName} of {entry.Length} bytes, larger than the {MaxFileBytes} bytes allowed.");
        }

        try
        {
            using var stream = entry.Open();
            return ReadBounded(stream, MaxFileBytes, source, entry.FullName);
        }
        catch (InvalidDataException ex)
        {
            throw Fail(source, $"is corrupt: the entry {entry.FullName} cannot be decompressed ({ex.Message}).", ex);
        }
    }

    private static byte[] ReadBounded(Stream stream, long limit, string source, string what)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw Fail(source, $"is too large: {what} exceeds {limit} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTime;
        using var stream = entry.Open();
        stream.Write(bytes);
    }

    private static StanceModelException Fail(string source, string problem, Exception? inner = null)
    {
        var message = $"Stance model '{source}' {problem}";
        return inner is null ? new StanceModelException(message) { FilePath = source } : new StanceModelException(message, inner) { FilePath = source };
    }
}
