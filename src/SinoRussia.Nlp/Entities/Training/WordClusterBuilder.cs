using System.Numerics;

namespace SinoRussia.Nlp.Entities.Training;

/// <summary>
/// Learns hierarchical word clusters (<see cref="WordClusters"/>) from unlabelled, tokenised text, for use as
/// tagger features that generalise from names seen in training to unseen names used in the same contexts.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="WordClusterAlgorithm.Brown"/> is exact Brown clustering as in Brown et al. (1992) and Liang (2005):
/// the words seen at least <see cref="WordClusterOptions.MinCount"/> times enter in order of decreasing frequency
/// (ties ordinal); the first <see cref="WordClusterOptions.Clusters"/> (C) each start a cluster; after each further
/// word enters as a cluster of its own, the two active clusters whose merge loses the least mutual information of
/// the class bigram model (adjacent tokens within a sentence) are merged. Losses are kept for all pairs and updated
/// incrementally, so each step costs O(C²) and the whole run O(V·C²). Finally the C clusters are merged down to
/// one; that merge tree gives the paths (first merged cluster <c>'0'</c>, second <c>'1'</c>), and every word takes
/// the path of its cluster. Ties are broken by slot order, so no randomness is involved.
/// </para>
/// <para>
/// <see cref="WordClusterAlgorithm.Distributional"/> (the default) gives the same kind of output in seconds instead
/// of minutes; on the NER corpus it scored a little below Brown in an intrinsic check but at least as well as a
/// tagger feature (see <c>models/ner/word-clusters.md</c>). Its steps: (1) count every word and keep those seen at
/// least <see cref="WordClusterOptions.MinCount"/> times; (2) for each kept word, count its context words at
/// offsets -2, -1, +1 and +2 (the <see cref="WordClusterOptions.ContextWords"/> most frequent words, each offset a
/// separate feature, plus sentence-start and sentence-end markers), and weight the counts by positive pointwise
/// mutual information with context-distribution smoothing (exponent 0.75); (3) reduce the sparse matrix to
/// <see cref="WordClusterOptions.Dimensions"/> dimensions by a randomized truncated SVD (Gaussian projection drawn from
/// <see cref="WordClusterOptions.Seed"/>, two power iterations), scale each left singular vector by the square root
/// of its singular value and normalise every word vector to unit length; (4) bisect recursively with weighted
/// spherical 2-means (weight of a word: the square root of its count, so frequent words anchor the centroids
/// without swamping them; three seeded starts per split, the best kept), always splitting the leaf whose words lie
/// farthest from its centroid, until there are <see cref="WordClusterOptions.Clusters"/> leaves. Only words seen at
/// least <see cref="WordClusterOptions.AnchorMinCount"/> times (or, if fewer, the 4 ×
/// <see cref="WordClusterOptions.Clusters"/> most frequent words) build the tree, because the context vectors of rare
/// words are noisy; every rarer word then joins the leaf whose centroid is nearest. The first child of a split
/// (path bit <c>'0'</c>) is the one with the larger total weight.
/// </para>
/// <para>
/// Both are deterministic: the computation is single-threaded with a fixed summation order, so the same sentences
/// and options give byte-identical cluster files (on the same runtime and processor architecture). The builder
/// holds no state between calls and may be reused.
/// </para>
/// </remarks>
public sealed class WordClusterBuilder
{
    private const int Oversampling = 10;
    private const int PowerIterations = 2;
    private const int Restarts = 3;
    private const int MaxIterations = 25;
    private static readonly int[] Offsets = [-2, -1, 1, 2];

    private readonly int _clusters;
    private readonly int _minCount;
    private readonly int _seed;
    private readonly int _contextWords;
    private readonly int _dimensions;
    private readonly int _maxDepth;
    private readonly int _anchorMinCount;
    private readonly WordClusterAlgorithm _algorithm;

    /// <summary>Creates a builder.</summary>
    /// <param name="options">The settings; <see langword="null"/> uses the defaults. The values are copied.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public WordClusterBuilder(WordClusterOptions? options = null)
    {
        options ??= new WordClusterOptions();
        options.Validate();
        _clusters = options.Clusters;
        _minCount = options.MinCount;
        _seed = options.Seed;
        _contextWords = options.ContextWords;
        _dimensions = options.Dimensions;
        _maxDepth = options.MaxDepth;
        _anchorMinCount = options.AnchorMinCount;
        _algorithm = options.Algorithm;
    }

    /// <summary>Learns clusters from tokenised sentences (enumerated once).</summary>
    /// <param name="sentences">The sentences, each a list of tokens. Empty tokens and tokens holding a tab or line
    /// break get no path and are ignored as context.</param>
    /// <returns>The clusters of every word that occurs at least <see cref="WordClusterOptions.MinCount"/> times.</returns>
    /// <exception cref="ArgumentException">No word occurs often enough to be clustered, or a sentence or token is <see langword="null"/>.</exception>
    public WordClusters Build(IEnumerable<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var corpus = Corpus.Read(sentences);
        var rank = corpus.RankWords(out var ordered);
        var vocabulary = 0;
        while (vocabulary < ordered.Length && corpus.Counts[ordered[vocabulary]] >= _minCount)
        {
            vocabulary++;
        }

        if (vocabulary == 0)
        {
            throw new ArgumentException(
                $"Cannot build word clusters: the input holds {corpus.TokenCount} token(s) and no word occurs at least {_minCount} time(s).",
                nameof(sentences));
        }

        if (_algorithm == WordClusterAlgorithm.Brown)
        {
            return BuildBrown(corpus, rank, ordered, vocabulary);
        }

        var matrix = BuildPpmiMatrix(corpus, rank, vocabulary, out var featureCount);
        var vectors = ReduceDimensions(matrix, vocabulary, featureCount, out var dimensions);
        var weights = new double[vocabulary];
        for (var i = 0; i < vocabulary; i++)
        {
            weights[i] = Math.Sqrt(corpus.Counts[ordered[i]]);
        }

        var anchors = 0;
        while (anchors < vocabulary && corpus.Counts[ordered[anchors]] >= _anchorMinCount)
        {
            anchors++;
        }

        anchors = Math.Max(anchors, Math.Min(vocabulary, _clusters * 4));
        var paths = Bisect(vectors, dimensions, weights, anchors, vocabulary);
        var entries = new (string Word, string Path, int Count)[vocabulary];
        for (var i = 0; i < vocabulary; i++)
        {
            entries[i] = (corpus.Words[ordered[i]], paths[i], corpus.Counts[ordered[i]]);
        }

        return new WordClusters(entries);
    }

    private WordClusters BuildBrown(Corpus corpus, int[] rank, int[] ordered, int vocabulary)
    {
        var bigrams = new List<long>();
        for (var s = 0; s < corpus.SentenceStarts.Count - 1; s++)
        {
            for (var i = corpus.SentenceStarts[s]; i + 1 < corpus.SentenceStarts[s + 1]; i++)
            {
                int l = corpus.Tokens[i], r = corpus.Tokens[i + 1];
                if (l >= 0 && r >= 0 && rank[l] < vocabulary && rank[r] < vocabulary)
                {
                    bigrams.Add(((long)rank[l] * vocabulary) + rank[r]);
                }
            }
        }

        var sortedBigrams = bigrams.ToArray();
        Array.Sort(sortedBigrams);
        var triples = new List<(int, int, int)>();
        for (var p = 0; p < sortedBigrams.Length;)
        {
            var q = p;
            while (q < sortedBigrams.Length && sortedBigrams[q] == sortedBigrams[p])
            {
                q++;
            }

            triples.Add(((int)(sortedBigrams[p] / vocabulary), (int)(sortedBigrams[p] % vocabulary), q - p));
            p = q;
        }

        var paths = BrownClusterer.Cluster(vocabulary, _clusters, triples);
        var entries = new (string Word, string Path, int Count)[vocabulary];
        for (var i = 0; i < vocabulary; i++)
        {
            entries[i] = (corpus.Words[ordered[i]], paths[i], corpus.Counts[ordered[i]]);
        }

        return new WordClusters(entries);
    }

    private SparseMatrix BuildPpmiMatrix(Corpus corpus, int[] rank, int vocabulary, out int featureCount)
    {
        var contextWords = Math.Min(_contextWords, vocabulary);
        var slot = contextWords + 2;
        featureCount = Offsets.Length * slot;
        var pairs = new List<long>(corpus.TokenCount * Offsets.Length);
        for (var s = 0; s < corpus.SentenceStarts.Count - 1; s++)
        {
            int start = corpus.SentenceStarts[s], end = corpus.SentenceStarts[s + 1];
            for (var i = start; i < end; i++)
            {
                var id = corpus.Tokens[i];
                if (id < 0 || rank[id] >= vocabulary)
                {
                    continue;
                }

                for (var o = 0; o < Offsets.Length; o++)
                {
                    var j = i + Offsets[o];
                    int context;
                    if (j < start)
                    {
                        context = contextWords;
                    }
                    else if (j >= end)
                    {
                        context = contextWords + 1;
                    }
                    else
                    {
                        var other = corpus.Tokens[j];
                        if (other < 0 || rank[other] >= contextWords)
                        {
                            continue;
                        }

                        context = rank[other];
                    }

                    pairs.Add(((long)rank[id] * featureCount) + (o * slot) + context);
                }
            }
        }

        var sorted = pairs.ToArray();
        Array.Sort(sorted);
        var rowCounts = new int[vocabulary + 1];
        var columns = new List<int>();
        var counts = new List<double>();
        var rowSums = new double[vocabulary];
        var columnSums = new double[featureCount];
        for (var p = 0; p < sorted.Length;)
        {
            var q = p;
            while (q < sorted.Length && sorted[q] == sorted[p])
            {
                q++;
            }

            var row = (int)(sorted[p] / featureCount);
            var column = (int)(sorted[p] % featureCount);
            rowCounts[row + 1]++;
            columns.Add(column);
            counts.Add(q - p);
            rowSums[row] += q - p;
            columnSums[column] += q - p;
            p = q;
        }

        var smoothedTotal = 0.0;
        var smoothed = new double[featureCount];
        for (var f = 0; f < featureCount; f++)
        {
            smoothed[f] = Math.Pow(columnSums[f], 0.75);
            smoothedTotal += smoothed[f];
        }

        var rowStarts = new int[vocabulary + 1];
        var keptColumns = new List<int>(columns.Count);
        var values = new List<double>(columns.Count);
        var entry = 0;
        for (var r = 0; r < vocabulary; r++)
        {
            for (var n = 0; n < rowCounts[r + 1]; n++, entry++)
            {
                var pmi = Math.Log(counts[entry] * smoothedTotal / (rowSums[r] * smoothed[columns[entry]]));
                if (pmi > 0)
                {
                    keptColumns.Add(columns[entry]);
                    values.Add(pmi);
                }
            }

            rowStarts[r + 1] = keptColumns.Count;
        }

        return new SparseMatrix(rowStarts, [.. keptColumns], [.. values]);
    }

    // Randomized truncated SVD (range finder with power iterations), then the eigen-decomposition of the small Gram matrix.
    private double[] ReduceDimensions(SparseMatrix a, int rows, int columns, out int dimensions)
    {
        var k = Math.Min(Math.Min(_dimensions + Oversampling, rows), columns);
        dimensions = Math.Min(_dimensions, k);
        var random = new Random(_seed);
        var omega = new double[columns * k];
        for (var i = 0; i < omega.Length; i++)
        {
            omega[i] = Gaussian(random);
        }

        var q = a.Multiply(omega, k, rows);
        Orthonormalize(q, rows, k);
        for (var iteration = 0; iteration < PowerIterations; iteration++)
        {
            var z = a.MultiplyTransposed(q, k, columns);
            Orthonormalize(z, columns, k);
            q = a.Multiply(z, k, rows);
            Orthonormalize(q, rows, k);
        }

        var bt = a.MultiplyTransposed(q, k, columns);
        var gram = new double[k * k];
        for (var i = 0; i < k; i++)
        {
            for (var j = i; j < k; j++)
            {
                var sum = 0.0;
                for (var r = 0; r < columns; r++)
                {
                    sum += bt[(r * k) + i] * bt[(r * k) + j];
                }

                gram[(i * k) + j] = sum;
                gram[(j * k) + i] = sum;
            }
        }

        var (eigenvalues, eigenvectors) = SymmetricEigen(gram, k);
        var order = Enumerable.Range(0, k).OrderByDescending(i => eigenvalues[i]).ThenBy(i => i).Take(dimensions).ToArray();
        var vectors = new double[rows * dimensions];
        for (var r = 0; r < rows; r++)
        {
            var norm = 0.0;
            for (var d = 0; d < dimensions; d++)
            {
                var e = order[d];
                var sum = 0.0;
                for (var j = 0; j < k; j++)
                {
                    sum += q[(r * k) + j] * eigenvectors[(j * k) + e];
                }

                var value = sum * Math.Sqrt(Math.Sqrt(Math.Max(eigenvalues[e], 0)));
                vectors[(r * dimensions) + d] = value;
                norm += value * value;
            }

            if (norm > 0)
            {
                var scale = 1 / Math.Sqrt(norm);
                for (var d = 0; d < dimensions; d++)
                {
                    vectors[(r * dimensions) + d] *= scale;
                }
            }
        }

        return vectors;
    }

    private string[] Bisect(double[] vectors, int dimensions, double[] weights, int anchors, int count)
    {
        var random = new Random(_seed);
        var splitter = new SphericalBisector(vectors, dimensions, weights);
        var paths = new string[count];
        var queue = new PriorityQueue<Node, (double Cost, int Id)>(Comparer<(double Cost, int Id)>.Create(
            (x, y) => x.Cost != y.Cost ? y.Cost.CompareTo(x.Cost) : x.Id.CompareTo(y.Id)));
        var nextId = 0;
        var leaves = new List<Node>();
        var root = new Node([.. Enumerable.Range(0, anchors)], string.Empty, nextId++);
        Enqueue(root);
        var leafCount = 1;
        while (leafCount < _clusters && queue.TryDequeue(out var node, out _))
        {
            var (first, second) = splitter.Split(node.Members, random);
            Enqueue(new Node(first, node.Path + "0", nextId++));
            Enqueue(new Node(second, node.Path + "1", nextId++));
            leafCount++;
        }

        while (queue.TryDequeue(out var node, out _))
        {
            leaves.Add(node);
        }

        leaves.Sort((x, y) => string.CompareOrdinal(x.Path, y.Path));
        var centroids = new double[leaves.Count][];
        for (var l = 0; l < leaves.Count; l++)
        {
            var path = leaves[l].Path.Length == 0 ? "0" : leaves[l].Path;
            foreach (var member in leaves[l].Members)
            {
                paths[member] = path;
            }

            centroids[l] = splitter.Centroid(leaves[l].Members, null, false);
        }

        for (var word = anchors; word < count; word++)
        {
            var row = vectors.AsSpan(word * dimensions, dimensions);
            var best = 0;
            var bestDot = double.NegativeInfinity;
            for (var l = 0; l < centroids.Length; l++)
            {
                var dot = Dot(row, centroids[l]);
                if (dot > bestDot)
                {
                    bestDot = dot;
                    best = l;
                }
            }

            paths[word] = leaves[best].Path.Length == 0 ? "0" : leaves[best].Path;
        }

        return paths;

        void Enqueue(Node node)
        {
            if (node.Members.Length > 1 && node.Path.Length < _maxDepth)
            {
                queue.Enqueue(node, (splitter.Cost(node.Members), node.Id));
            }
            else
            {
                leaves.Add(node);
            }
        }
    }

    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    // Modified Gram-Schmidt on the k columns of a row-major n x k matrix; dependent columns become zero.
    private static void Orthonormalize(double[] matrix, int n, int k)
    {
        var columns = new double[k][];
        for (var j = 0; j < k; j++)
        {
            var column = new double[n];
            for (var i = 0; i < n; i++)
            {
                column[i] = matrix[(i * k) + j];
            }

            columns[j] = column;
        }

        for (var j = 0; j < k; j++)
        {
            var column = columns[j];
            for (var pass = 0; pass < 2; pass++)
            {
                for (var p = 0; p < j; p++)
                {
                    AddScaled(column, columns[p], -Dot(column, columns[p]));
                }
            }

            var norm = Math.Sqrt(Dot(column, column));
            if (norm > 1e-10)
            {
                Scale(column, 1 / norm);
            }
            else
            {
                Array.Clear(column);
            }
        }

        for (var j = 0; j < k; j++)
        {
            var column = columns[j];
            for (var i = 0; i < n; i++)
            {
                matrix[(i * k) + j] = column[i];
            }
        }
    }

    // Cyclic Jacobi rotations; returns eigenvalues and eigenvectors (column e of the row-major k x k matrix).
    private static (double[] Values, double[] Vectors) SymmetricEigen(double[] matrix, int k)
    {
        var a = (double[])matrix.Clone();
        var v = new double[k * k];
        for (var i = 0; i < k; i++)
        {
            v[(i * k) + i] = 1;
        }

        for (var sweep = 0; sweep < 100; sweep++)
        {
            var off = 0.0;
            var diagonal = 0.0;
            for (var i = 0; i < k; i++)
            {
                diagonal += a[(i * k) + i] * a[(i * k) + i];
                for (var j = i + 1; j < k; j++)
                {
                    off += a[(i * k) + j] * a[(i * k) + j];
                }
            }

            if (off <= 1e-22 * Math.Max(diagonal, double.Epsilon))
            {
                break;
            }

            for (var p = 0; p < k; p++)
            {
                for (var r = p + 1; r < k; r++)
                {
                    var apr = a[(p * k) + r];
                    if (Math.Abs(apr) < 1e-300)
                    {
                        continue;
                    }

                    var theta = (a[(r * k) + r] - a[(p * k) + p]) / (2 * apr);
                    var t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
                    var c = 1 / Math.Sqrt((t * t) + 1);
                    var s = t * c;
                    for (var i = 0; i < k; i++)
                    {
                        var aip = a[(i * k) + p];
                        var air = a[(i * k) + r];
                        a[(i * k) + p] = (c * aip) - (s * air);
                        a[(i * k) + r] = (s * aip) + (c * air);
                    }

                    for (var i = 0; i < k; i++)
                    {
                        var api = a[(p * k) + i];
                        var ari = a[(r * k) + i];
                        a[(p * k) + i] = (c * api) - (s * ari);
                        a[(r * k) + i] = (s * api) + (c * ari);
                    }

                    for (var i = 0; i < k; i++)
                    {
                        var vip = v[(i * k) + p];
                        var vir = v[(i * k) + r];
                        v[(i * k) + p] = (c * vip) - (s * vir);
                        v[(i * k) + r] = (s * vip) + (c * vir);
                    }
                }
            }
        }

        var values = new double[k];
        for (var i = 0; i < k; i++)
        {
            values[i] = a[(i * k) + i];
        }

        return (values, v);
    }

    // Sequential sum in a fixed order, so results do not depend on the processor's vector width.
    internal static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        var i = 0;
        for (; i + 3 < x.Length; i += 4)
        {
            s0 += x[i] * y[i];
            s1 += x[i + 1] * y[i + 1];
            s2 += x[i + 2] * y[i + 2];
            s3 += x[i + 3] * y[i + 3];
        }

        for (; i < x.Length; i++)
        {
            s0 += x[i] * y[i];
        }

        return (s0 + s1) + (s2 + s3);
    }

    internal static void AddScaled(Span<double> target, ReadOnlySpan<double> source, double factor)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var f = new Vector<double>(factor);
            for (; i + Vector<double>.Count <= target.Length; i += Vector<double>.Count)
            {
                var t = new Vector<double>(target[i..]);
                (t + (new Vector<double>(source[i..]) * f)).CopyTo(target[i..]);
            }
        }

        for (; i < target.Length; i++)
        {
            target[i] += source[i] * factor;
        }
    }

    private static void Scale(Span<double> target, double factor)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] *= factor;
        }
    }

    private sealed record Node(int[] Members, string Path, int Id);

    private sealed class SparseMatrix(int[] rowStarts, int[] columns, double[] values)
    {
        // Returns this (rows x columns) times x (columns x k), row-major.
        public double[] Multiply(double[] x, int k, int rows)
        {
            var result = new double[rows * k];
            for (var r = 0; r < rows; r++)
            {
                var target = result.AsSpan(r * k, k);
                for (var p = rowStarts[r]; p < rowStarts[r + 1]; p++)
                {
                    AddScaled(target, x.AsSpan(columns[p] * k, k), values[p]);
                }
            }

            return result;
        }

        // Returns the transpose of this times x (rows x k), row-major.
        public double[] MultiplyTransposed(double[] x, int k, int columnCount)
        {
            var result = new double[columnCount * k];
            for (var r = 0; r < rowStarts.Length - 1; r++)
            {
                var source = x.AsSpan(r * k, k);
                for (var p = rowStarts[r]; p < rowStarts[r + 1]; p++)
                {
                    AddScaled(result.AsSpan(columns[p] * k, k), source, values[p]);
                }
            }

            return result;
        }
    }

    private sealed class SphericalBisector(double[] vectors, int dimensions, double[] weights)
    {
        public double Cost(int[] members)
        {
            var centroid = Centroid(members, null, false);
            var cost = 0.0;
            foreach (var m in members)
            {
                cost += weights[m] * (1 - Dot(Row(m), centroid));
            }

            return cost;
        }

        public (int[] First, int[] Second) Split(int[] members, Random random)
        {
            bool[]? best = null;
            var bestScore = double.NegativeInfinity;
            for (var restart = 0; restart < Restarts; restart++)
            {
                var start = members[random.Next(members.Length)];
                var b = Farthest(members, Row(start));
                var a = Farthest(members, Row(b));
                if (Dot(Row(a), Row(b)) >= 1 - 1e-12)
                {
                    continue;
                }

                var assignment = new bool[members.Length];
                double[] c0 = Row(a).ToArray(), c1 = Row(b).ToArray();
                var score = 0.0;
                for (var iteration = 0; iteration < MaxIterations; iteration++)
                {
                    var changed = false;
                    score = 0;
                    for (var i = 0; i < members.Length; i++)
                    {
                        var row = Row(members[i]);
                        double d0 = Dot(row, c0), d1 = Dot(row, c1);
                        var second = d1 > d0;
                        score += weights[members[i]] * (second ? d1 : d0);
                        changed |= second != assignment[i] || iteration == 0;
                        assignment[i] = second;
                    }

                    if (!changed)
                    {
                        break;
                    }

                    c0 = Centroid(members, assignment, false);
                    c1 = Centroid(members, assignment, true);
                }

                var ones = assignment.Count(x => x);
                if (ones > 0 && ones < members.Length && score > bestScore)
                {
                    bestScore = score;
                    best = assignment;
                }
            }

            if (best is null)
            {
                best = new bool[members.Length];
                for (var i = members.Length / 2; i < members.Length; i++)
                {
                    best[i] = true;
                }
            }

            var first = members.Where((_, i) => !best[i]).ToArray();
            var other = members.Where((_, i) => best[i]).ToArray();
            double firstWeight = first.Sum(m => weights[m]), otherWeight = other.Sum(m => weights[m]);
            return otherWeight > firstWeight ? (other, first) : (first, other);
        }

        private ReadOnlySpan<double> Row(int member) => vectors.AsSpan(member * dimensions, dimensions);

        private int Farthest(int[] members, ReadOnlySpan<double> from)
        {
            var best = members[0];
            var bestDot = double.PositiveInfinity;
            foreach (var m in members)
            {
                var d = Dot(Row(m), from);
                if (d < bestDot)
                {
                    bestDot = d;
                    best = m;
                }
            }

            return best;
        }

        public double[] Centroid(int[] members, bool[]? assignment, bool side)
        {
            var centroid = new double[dimensions];
            for (var i = 0; i < members.Length; i++)
            {
                if (assignment is null || assignment[i] == side)
                {
                    AddScaled(centroid, Row(members[i]), weights[members[i]]);
                }
            }

            var norm = Math.Sqrt(Dot(centroid, centroid));
            if (norm > 0)
            {
                Scale(centroid, 1 / norm);
            }

            return centroid;
        }
    }

    private sealed class Corpus
    {
        public List<string> Words { get; } = [];

        public List<int> Counts { get; } = [];

        public List<int> Tokens { get; } = [];

        public List<int> SentenceStarts { get; } = [0];

        public int TokenCount => Tokens.Count;

        public static Corpus Read(IEnumerable<IReadOnlyList<string>> sentences)
        {
            var corpus = new Corpus();
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            var index = 0;
            foreach (var sentence in sentences)
            {
                if (sentence is null)
                {
                    throw new ArgumentException($"Sentence {index} is null.", nameof(sentences));
                }

                foreach (var token in sentence)
                {
                    if (token is null)
                    {
                        throw new ArgumentException($"Sentence {index} holds a null token.", nameof(sentences));
                    }

                    if (token.Length == 0 || token.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0)
                    {
                        corpus.Tokens.Add(-1);
                        continue;
                    }

                    if (!ids.TryGetValue(token, out var id))
                    {
                        id = corpus.Words.Count;
                        ids.Add(token, id);
                        corpus.Words.Add(token);
                        corpus.Counts.Add(0);
                    }

                    corpus.Counts[id]++;
                    corpus.Tokens.Add(id);
                }

                if (corpus.Tokens.Count > corpus.SentenceStarts[^1])
                {
                    corpus.SentenceStarts.Add(corpus.Tokens.Count);
                }

                index++;
            }

            return corpus;
        }

        // Orders word ids by descending count, then ordinally; rank[id] is the position in that order.
        public int[] RankWords(out int[] ordered)
        {
            ordered = [.. Enumerable.Range(0, Words.Count).OrderByDescending(id => Counts[id]).ThenBy(id => Words[id], StringComparer.Ordinal)];
            var rank = new int[Words.Count];
            for (var i = 0; i < ordered.Length; i++)
            {
                rank[ordered[i]] = i;
            }

            return rank;
        }
    }
}
