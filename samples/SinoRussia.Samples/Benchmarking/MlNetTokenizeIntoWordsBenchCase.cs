using Microsoft.ML;
using Microsoft.ML.Data;

namespace SinoRussia.Samples.Benchmarking;

/// <summary>ML.NET's <c>TokenizeIntoWords</c> (split on spaces) over the same documents, reading every token out through a cursor.</summary>
internal sealed class MlNetTokenizeIntoWordsBenchCase : IBenchCase
{
    private readonly MLContext _ml = new(seed: 1);
    private IDataView? _data;
    private ITransformer? _transformer;

    public string Name => "baseline.mlnet-tokenize-into-words";

    public bool IsBaseline => true;

    public void Prepare(BenchCorpus corpus)
    {
        _data = _ml.Data.LoadFromEnumerable(corpus.Documents.Select(d => new TextRow { Text = d }));
        _transformer = _ml.Transforms.Text.TokenizeIntoWords("Words", nameof(TextRow.Text)).Fit(_data);
    }

    public long RunOnce(BenchCorpus corpus)
    {
        var transformed = _transformer!.Transform(_data!);
        var column = transformed.Schema["Words"];
        long count = 0;
        using var cursor = transformed.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<ReadOnlyMemory<char>>>(column);
        var words = default(VBuffer<ReadOnlyMemory<char>>);
        while (cursor.MoveNext())
        {
            getter(ref words);
            count += words.Length;
        }

        return count;
    }

    private sealed class TextRow
    {
        public string Text { get; set; } = string.Empty;
    }
}
