using SinoRussia.Samples.Analysis;

namespace SinoRussia.Samples.Commands;

/// <summary>The sample app's commands, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IReadOnlyList<ICliCommand> All { get; } =
    [
        new AnalyzeCommand(),
        new Entities.TrainNerCommand(),
        new Entities.EvaluateNerCommand(),
        new Entities.BuildClustersCommand(),
        new Stance.TrainStanceCommand(),
        new Stance.EvaluateStanceCommand(),
        new Tokenization.EvaluateTokenizerCommand(),
        new Benchmarking.BenchCommand(),
        new Stance.BenchStanceCommand(),
        new Stance.ClassifyStanceCommand(),
    ];
}
