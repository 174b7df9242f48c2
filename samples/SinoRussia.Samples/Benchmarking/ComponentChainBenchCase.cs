using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Pipeline;

namespace SinoRussia.Samples.Benchmarking;

/// <summary>Pipeline components run in order over a new <c>Document</c> per text (no batch machinery).</summary>
/// <param name="name">The row name.</param>
/// <param name="createComponents">Creates the components; called once, outside the timed loop (model loading is not timed).</param>
internal sealed class ComponentChainBenchCase(string name, Func<IPipelineComponent[]> createComponents) : IBenchCase
{
    private IPipelineComponent[]? _components;

    public string Name => name;

    public bool IsBaseline => false;

    public void Prepare(BenchCorpus corpus) => _components ??= createComponents();

    public long RunOnce(BenchCorpus corpus)
    {
        long count = 0;
        foreach (var text in corpus.Documents)
        {
            var document = new Document(text);
            foreach (var component in _components!)
            {
                component.Process(document);
            }

            count += document.Tokens.Count;
        }

        return count;
    }
}
