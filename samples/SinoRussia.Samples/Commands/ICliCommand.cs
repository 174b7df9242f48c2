using System.CommandLine;

namespace SinoRussia.Samples.Commands;

/// <summary>One sub-command of the sample app. Each command lives in its own file and is listed in <see cref="CommandCatalog"/>.</summary>
internal interface ICliCommand
{
    /// <summary>Builds the System.CommandLine command with its options, help text (including an example) and action.</summary>
    Command Create();
}
