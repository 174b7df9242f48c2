using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;

namespace SinoRussia.Nlp.Stance;

internal sealed class FeatureRow
{
    // LoadFromEnumerable maps a uint into a key column as a 0-based index (it stores Label + 1, 0 meaning missing).
    public uint Label { get; set; }

    public float Weight { get; set; }

    public VBuffer<float> Features { get; set; }
}

internal sealed class ScoreRow
{
    public VBuffer<float> Score { get; set; }
}

internal readonly record struct SparseVector(int[] Indices, float[] Values);

internal static class MlNetBridge
{
    public static ITransformer Train(MLContext ml, IReadOnlyList<SparseVector> vectors, IReadOnlyList<int> labels, IReadOnlyList<float> weights, int dimension, int labelCount, StanceTrainerOptions options)
    {
        var rows = new FeatureRow[vectors.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new FeatureRow
            {
                Label = (uint)labels[i],
                Weight = weights[i],
                Features = new VBuffer<float>(dimension, vectors[i].Indices.Length, vectors[i].Values, vectors[i].Indices),
            };
        }

        var data = ml.Data.LoadFromEnumerable(rows, Schema(dimension, labelCount));
        var trainers = ml.MulticlassClassification.Trainers;
        IEstimator<ITransformer> estimator = options.Trainer switch
        {
            StanceTrainerKind.LbfgsMaximumEntropy => trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = nameof(FeatureRow.Label),
                FeatureColumnName = nameof(FeatureRow.Features),
                ExampleWeightColumnName = nameof(FeatureRow.Weight),
                L2Regularization = options.L2Regularization ?? 1f,
                L1Regularization = 0f,
                MaximumNumberOfIterations = options.MaximumIterations ?? int.MaxValue,
                NumberOfThreads = 1,
            }),
            StanceTrainerKind.LightGbm => trainers.LightGbm(new LightGbmMulticlassTrainer.Options
            {
                LabelColumnName = nameof(FeatureRow.Label),
                FeatureColumnName = nameof(FeatureRow.Features),
                ExampleWeightColumnName = nameof(FeatureRow.Weight),
                NumberOfIterations = options.MaximumIterations ?? 200,
                NumberOfThreads = 1,
                Seed = options.Seed,
                Deterministic = true,
                Silent = true,
                Verbose = false,
            }),
            _ => trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = nameof(FeatureRow.Label),
                FeatureColumnName = nameof(FeatureRow.Features),
                ExampleWeightColumnName = nameof(FeatureRow.Weight),
                L2Regularization = options.L2Regularization,
                MaximumNumberOfIterations = options.MaximumIterations,
                NumberOfThreads = 1,
                Shuffle = true,
            }),
        };

        return estimator.Fit(data);
    }

    public static LinearWeights? ExtractLinear(ITransformer transformer, int dimension, int labelCount)
    {
        if (Unwrap(transformer) is not MulticlassPredictionTransformer<MaximumEntropyModelParameters> prediction)
        {
            return null;
        }

        var model = prediction.Model;
        VBuffer<float>[] rows = [];
        model.GetWeights(ref rows, out var classes);
        if (classes != labelCount)
        {
            throw new InvalidOperationException($"The trained model has {classes} classes; expected {labelCount}.");
        }

        var weights = new float[dimension * labelCount];
        for (var k = 0; k < labelCount; k++)
        {
            foreach (var (index, value) in rows[k].Items())
            {
                if (index < dimension)
                {
                    weights[(index * labelCount) + k] = value;
                }
            }
        }

        var biases = model.GetBiases().ToArray();
        return new LinearWeights(weights, biases, dimension, labelCount);
    }

    public static byte[] Save(MLContext ml, ITransformer transformer, int dimension, int labelCount)
    {
        using var stream = new MemoryStream();
        var schema = ml.Data.LoadFromEnumerable(Array.Empty<FeatureRow>(), Schema(dimension, labelCount)).Schema;
        ml.Model.Save(transformer, schema, stream);
        return Normalize(stream.ToArray());
    }

    // ML.NET stamps zip entries with the current time; rewriting them with a fixed time makes equal models byte-identical.
    private static byte[] Normalize(byte[] zipBytes)
    {
        var time = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(zipBytes, writable: false), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = time;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }

    public static ITransformer Load(MLContext ml, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return ml.Model.Load(stream, out _);
    }

    public static float[][] Score(MLContext ml, ITransformer transformer, IReadOnlyList<SparseVector> vectors, int dimension, int labelCount)
    {
        var rows = new FeatureRow[vectors.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new FeatureRow { Weight = 1f, Features = new VBuffer<float>(dimension, vectors[i].Indices.Length, vectors[i].Values, vectors[i].Indices) };
        }

        var data = ml.Data.LoadFromEnumerable(rows, Schema(dimension, labelCount));
        var scored = transformer.Transform(data);
        var result = new float[rows.Length][];
        var i2 = 0;
        foreach (var row in ml.Data.CreateEnumerable<ScoreRow>(scored, reuseRowObject: false))
        {
            var values = new float[labelCount];
            row.Score.CopyTo(values);
            result[i2++] = values;
        }

        return result;
    }

    private static ITransformer Unwrap(ITransformer transformer) =>
        transformer is TransformerChain<ITransformer> chain ? chain.LastTransformer : transformer;

    private static SchemaDefinition Schema(int dimension, int labelCount)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        schema[nameof(FeatureRow.Label)].ColumnType = new KeyDataViewType(typeof(uint), labelCount);
        return schema;
    }
}

internal sealed record LinearWeights(float[] Weights, float[] Biases, int Dimension, int LabelCount);
