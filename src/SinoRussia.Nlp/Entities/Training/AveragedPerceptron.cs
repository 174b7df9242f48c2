using SinoRussia.Nlp.Entities.Tagging;

namespace SinoRussia.Nlp.Entities.Training;

internal sealed class AveragedPerceptron
{
    private readonly int _tagCount;
    private readonly float[] _weights;
    private readonly double[] _updates;
    private readonly float[] _transitions;
    private readonly double[] _transitionUpdates;
    private float[] _emissions = new float[1024];
    private float[] _delta = new float[1024];
    private int[] _back = new int[1024];
    private readonly int[][] _predecessors;
    private int[] _predicted = new int[64];
    private readonly float _margin;
    private long _step = 1;

    public AveragedPerceptron(int features, int tagCount, float margin)
    {
        _tagCount = tagCount;
        _margin = margin;
        _weights = new float[features * tagCount];
        _updates = new double[features * tagCount];
        _transitions = new float[(tagCount + 1) * tagCount];
        _transitionUpdates = new double[(tagCount + 1) * tagCount];
        _predecessors = SequenceDecoder.AllowedPredecessors(tagCount);
    }

    public int Learn(int[] rows, int[] rowOffsets, int firstToken, int n, ReadOnlySpan<int> gold)
    {
        var t = _tagCount;
        if (_emissions.Length < n * t)
        {
            _emissions = new float[n * t * 2];
            _delta = new float[n * t * 2];
            _back = new int[n * t * 2];
        }

        if (_predicted.Length < n)
        {
            _predicted = new int[n * 2];
        }

        var emissions = _emissions.AsSpan(0, n * t);
        emissions.Clear();
        for (var i = 0; i < n; i++)
        {
            var row = emissions.Slice(i * t, t);
            for (var k = rowOffsets[firstToken + i]; k < rowOffsets[firstToken + i + 1]; k++)
            {
                var w = _weights.AsSpan(rows[k] * t, t);
                for (var j = 0; j < t; j++)
                {
                    row[j] += w[j];
                }
            }

            // Cost-augmented decoding: every wrong tag gets a head start of the margin, so a sentence keeps
            // teaching until its gold tags win by that margin, not merely win.
            if (_margin > 0)
            {
                for (var j = 0; j < t; j++)
                {
                    row[j] += j == gold[i] ? 0f : _margin;
                }
            }
        }

        var masked = SequenceDecoder.MaskTransitions(_transitions, t);
        var predicted = _predicted.AsSpan(0, n);
        SequenceDecoder.Viterbi(emissions, n, t, masked, _predecessors, _delta, _back, predicted);
        var correct = 0;
        for (var i = 0; i < n; i++)
        {
            if (predicted[i] == gold[i])
            {
                correct++;
                continue;
            }

            for (var k = rowOffsets[firstToken + i]; k < rowOffsets[firstToken + i + 1]; k++)
            {
                Update(_weights, _updates, (rows[k] * t) + gold[i], 1);
                Update(_weights, _updates, (rows[k] * t) + predicted[i], -1);
            }
        }

        if (correct != n)
        {
            for (var i = 0; i < n; i++)
            {
                var goldFrom = i == 0 ? t : gold[i - 1];
                var predFrom = i == 0 ? t : predicted[i - 1];
                if (goldFrom == predFrom && gold[i] == predicted[i])
                {
                    continue;
                }

                Update(_transitions, _transitionUpdates, (goldFrom * t) + gold[i], 1);
                Update(_transitions, _transitionUpdates, (predFrom * t) + predicted[i], -1);
            }
        }

        _step++;
        return correct;
    }

    public (float[] Weights, float[] Transitions) Averaged() => (Average(_weights, _updates), Average(_transitions, _transitionUpdates));

    private float[] Average(float[] weights, double[] updates)
    {
        var result = new float[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            result[i] = (float)(weights[i] - (updates[i] / _step));
        }

        return result;
    }

    private void Update(float[] weights, double[] updates, int index, float delta)
    {
        weights[index] += delta;
        updates[index] += _step * (double)delta;
    }
}
