namespace SinoRussia.Nlp.Entities.Training;

// Exact Brown clustering with a window of C active clusters (words enter in frequency order; after each entry the
// pair of active clusters whose merge loses the least class-bigram mutual information is merged; finally the C
// clusters are merged down to one, and that merge tree gives the paths).
internal sealed class BrownClusterer
{
    private readonly int _window;
    private readonly double _total;
    private readonly double[] _n;
    private readonly double[] _loss;
    private readonly double[] _s;
    private readonly double[] _pl;
    private readonly double[] _pr;
    private readonly bool[] _active;
    private readonly int _slots;

    private BrownClusterer(int window, double total)
    {
        _window = window;
        _slots = window + 1;
        _total = total;
        _n = new double[_slots * _slots];
        _loss = new double[_slots * _slots];
        _s = new double[_slots];
        _pl = new double[_slots];
        _pr = new double[_slots];
        _active = new bool[_slots];
    }

    // words: 0..vocabulary-1 in frequency order; bigrams: (left, right, count) with both in the vocabulary.
    public static string[] Cluster(int vocabulary, int window, IReadOnlyList<(int Left, int Right, int Count)> bigrams)
    {
        window = Math.Min(window, vocabulary);
        var right = new List<(int Word, int Count)>[vocabulary];
        var left = new List<(int Word, int Count)>[vocabulary];
        var leftTotal = new double[vocabulary];
        var rightTotal = new double[vocabulary];
        for (var i = 0; i < vocabulary; i++)
        {
            right[i] = [];
            left[i] = [];
        }

        var total = 0.0;
        foreach (var (l, r, c) in bigrams)
        {
            right[l].Add((r, c));
            left[r].Add((l, c));
            leftTotal[l] += c;
            rightTotal[r] += c;
            total += c;
        }

        var clusterer = new BrownClusterer(window, Math.Max(total, 1));
        return clusterer.Run(vocabulary, right, left, leftTotal, rightTotal);
    }

    private string[] Run(int vocabulary, List<(int Word, int Count)>[] right, List<(int Word, int Count)>[] left, double[] leftTotal, double[] rightTotal)
    {
        var slotOf = new int[vocabulary];
        Array.Fill(slotOf, -1);
        var members = new List<int>[_slots];
        for (var i = 0; i < _slots; i++)
        {
            members[i] = [];
        }

        var next = 0;
        for (; next < _window; next++)
        {
            Place(next, next, right, left, leftTotal, rightTotal, slotOf, members);
        }

        for (var a = 0; a < _slots; a++)
        {
            if (_active[a])
            {
                _s[a] = SumW(a);
            }
        }

        for (var a = 0; a < _slots; a++)
        {
            for (var b = a + 1; b < _slots; b++)
            {
                if (_active[a] && _active[b])
                {
                    _loss[(a * _slots) + b] = FullLoss(a, b);
                }
            }
        }

        for (; next < vocabulary; next++)
        {
            var free = Array.IndexOf(_active, false);
            Place(next, free, right, left, leftTotal, rightTotal, slotOf, members);
            AddCluster(free);
            var (a, b) = BestPair();
            Merge(a, b, slotOf, members);
        }

        // Tree nodes 0..leafCount-1 are the clusters left after the window phase; the final merges add the inner nodes.
        var node = new int[_slots];
        var children = new List<(int First, int Second)>();
        var leafSlots = new List<int>();
        for (var a = 0; a < _slots; a++)
        {
            node[a] = -1;
            if (_active[a])
            {
                node[a] = children.Count;
                children.Add((-1, -1));
                leafSlots.Add(a);
            }
        }

        var leafCount = children.Count;
        var leafMembers = leafSlots.Select(slot => members[slot].ToArray()).ToArray();
        while (_active.Count(x => x) > 1)
        {
            var (a, b) = BestPair();
            var parent = children.Count;
            children.Add((node[a], node[b]));
            Merge(a, b, slotOf, members);
            node[a] = parent;
            node[b] = -1;
        }

        var paths = new string[children.Count];
        var root = children.Count - 1;
        var stack = new Stack<(int Node, string Path)>();
        stack.Push((root, string.Empty));
        while (stack.Count > 0)
        {
            var (current, path) = stack.Pop();
            paths[current] = path;
            if (current >= leafCount)
            {
                stack.Push((children[current].First, path + "0"));
                stack.Push((children[current].Second, path + "1"));
            }
        }

        // Words keep the leaf they were in before the final merges.
        var result = new string[vocabulary];
        for (var leaf = 0; leaf < leafCount; leaf++)
        {
            var path = paths[leaf].Length == 0 ? "0" : paths[leaf];
            foreach (var word in leafMembers[leaf])
            {
                result[word] = path;
            }
        }

        return result;
    }

    private void Place(int word, int slot, List<(int Word, int Count)>[] right, List<(int Word, int Count)>[] left, double[] leftTotal, double[] rightTotal, int[] slotOf, List<int>[] members)
    {
        _active[slot] = true;
        slotOf[word] = slot;
        members[slot].Clear();
        members[slot].Add(word);
        _pl[slot] = leftTotal[word];
        _pr[slot] = rightTotal[word];
        for (var x = 0; x < _slots; x++)
        {
            _n[(slot * _slots) + x] = 0;
            _n[(x * _slots) + slot] = 0;
        }

        foreach (var (other, count) in right[word])
        {
            if (slotOf[other] >= 0)
            {
                _n[(slot * _slots) + slotOf[other]] += count;
            }
        }

        foreach (var (other, count) in left[word])
        {
            if (slotOf[other] >= 0 && other != word)
            {
                _n[(slotOf[other] * _slots) + slot] += count;
            }
        }
    }

    private double Q(double count, double pl, double pr) => count > 0 ? count / _total * Math.Log(count * _total / (pl * pr)) : 0;

    private double N(int a, int b) => _n[(a * _slots) + b];

    private double W(int a, int b) => a == b ? Q(N(a, a), _pl[a], _pr[a]) : Q(N(a, b), _pl[a], _pr[b]) + Q(N(b, a), _pl[b], _pr[a]);

    // W between the hypothetical merge c+d and x (x not c or d).
    private double WMerged(int c, int d, int x) =>
        Q(N(c, x) + N(d, x), _pl[c] + _pl[d], _pr[x]) + Q(N(x, c) + N(x, d), _pl[x], _pr[c] + _pr[d]);

    private double SumW(int a)
    {
        var sum = 0.0;
        for (var x = 0; x < _slots; x++)
        {
            if (_active[x])
            {
                sum += W(a, x);
            }
        }

        return sum;
    }

    private double FullLoss(int c, int d)
    {
        var loss = _s[c] + _s[d] - W(c, d);
        for (var x = 0; x < _slots; x++)
        {
            if (_active[x] && x != c && x != d)
            {
                loss -= WMerged(c, d, x);
            }
        }

        loss -= Q(N(c, c) + N(c, d) + N(d, c) + N(d, d), _pl[c] + _pl[d], _pr[c] + _pr[d]);
        return loss;
    }

    private void AddCluster(int w)
    {
        for (var x = 0; x < _slots; x++)
        {
            if (_active[x] && x != w)
            {
                _s[x] += W(x, w);
            }
        }

        _s[w] = SumW(w);
        var toW = new double[_slots];
        for (var x = 0; x < _slots; x++)
        {
            if (_active[x] && x != w)
            {
                toW[x] = W(x, w);
            }
        }

        for (var c = 0; c < _slots; c++)
        {
            if (!_active[c] || c == w)
            {
                continue;
            }

            for (var d = c + 1; d < _slots; d++)
            {
                if (_active[d] && d != w)
                {
                    _loss[(c * _slots) + d] += toW[c] + toW[d] - WMerged(c, d, w);
                }
            }
        }

        for (var x = 0; x < _slots; x++)
        {
            if (_active[x] && x != w)
            {
                var (lo, hi) = x < w ? (x, w) : (w, x);
                _loss[(lo * _slots) + hi] = FullLoss(lo, hi);
            }
        }
    }

    private (int A, int B) BestPair()
    {
        var best = double.PositiveInfinity;
        var pair = (-1, -1);
        for (var a = 0; a < _slots; a++)
        {
            if (!_active[a])
            {
                continue;
            }

            for (var b = a + 1; b < _slots; b++)
            {
                if (_active[b] && _loss[(a * _slots) + b] < best)
                {
                    best = _loss[(a * _slots) + b];
                    pair = (a, b);
                }
            }
        }

        return pair;
    }

    private void Merge(int a, int b, int[] slotOf, List<int>[] members)
    {
        // delta[x] = W(x, m) - W(x, a) - W(x, b) for x outside {a, b}.
        var delta = new double[_slots];
        for (var x = 0; x < _slots; x++)
        {
            if (_active[x] && x != a && x != b)
            {
                delta[x] = WMerged(a, b, x) - W(x, a) - W(x, b);
            }
        }

        for (var c = 0; c < _slots; c++)
        {
            if (!_active[c] || c == a || c == b)
            {
                continue;
            }

            for (var d = c + 1; d < _slots; d++)
            {
                if (!_active[d] || d == a || d == b)
                {
                    continue;
                }

                double ca = N(c, a) + N(d, a), cb = N(c, b) + N(d, b), ac = N(a, c) + N(a, d), bc = N(b, c) + N(b, d);
                double plcd = _pl[c] + _pl[d], prcd = _pr[c] + _pr[d];
                var merged = Q(ca + cb, plcd, _pr[a] + _pr[b]) + Q(ac + bc, _pl[a] + _pl[b], prcd);
                var withA = Q(ca, plcd, _pr[a]) + Q(N(a, c) + N(a, d), _pl[a], prcd);
                var withB = Q(cb, plcd, _pr[b]) + Q(N(b, c) + N(b, d), _pl[b], prcd);
                _loss[(c * _slots) + d] += delta[c] + delta[d] - (merged - withA - withB);
            }
        }

        for (var x = 0; x < _slots; x++)
        {
            if (_active[x] && x != a && x != b)
            {
                _s[x] += delta[x];
            }
        }

        // Fold b into a.
        for (var x = 0; x < _slots; x++)
        {
            if (x == a || x == b)
            {
                continue;
            }

            _n[(a * _slots) + x] += N(b, x);
            _n[(x * _slots) + a] += N(x, b);
        }

        _n[(a * _slots) + a] = N(a, a) + N(a, b) + N(b, a) + N(b, b);
        _pl[a] += _pl[b];
        _pr[a] += _pr[b];
        _active[b] = false;
        foreach (var word in members[b])
        {
            slotOf[word] = a;
        }

        members[a].AddRange(members[b]);
        members[b].Clear();
        for (var x = 0; x < _slots; x++)
        {
            _n[(b * _slots) + x] = 0;
            _n[(x * _slots) + b] = 0;
        }

        _s[a] = SumW(a);
        for (var x = 0; x < _slots; x++)
        {
            if (_active[x] && x != a)
            {
                var (lo, hi) = x < a ? (x, a) : (a, x);
                _loss[(lo * _slots) + hi] = FullLoss(lo, hi);
            }
        }
    }
}
