using Microsoft.ML;

namespace SinoRussia.Nlp.Stance;

// Kept apart from StanceModel so that loading a linear model never loads the ML.NET assemblies.
internal sealed class MlNetScorer
{
    private readonly MLContext _context;
    private readonly ITransformer _transformer;
    private readonly int _dimension;
    private readonly int _labels;

    public MlNetScorer(StanceModel model)
    {
        _context = new MLContext(seed: model.Metadata.Seed);
        _dimension = model.Featurizer.Count;
        _labels = model.Labels.Count;
        try
        {
            _transformer = MlNetBridge.Load(_context, model.MlNetModel);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or InvalidDataException or ArgumentException)
        {
            throw new StanceModelException($"Stance model '{model.Source}': the ML.NET model inside could not be loaded: {ex.Message}", ex) { FilePath = model.Source };
        }
    }

    public float[][] Score(IReadOnlyList<SparseVector> vectors) => MlNetBridge.Score(_context, _transformer, vectors, _dimension, _labels);
}
