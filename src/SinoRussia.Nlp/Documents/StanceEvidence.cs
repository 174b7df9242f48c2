namespace SinoRussia.Nlp.Documents;

/// <summary>A phrase that weighed toward a stance label, with the weight it contributed.</summary>
/// <param name="Phrase">The n-gram as the model saw it (lower-cased, entity mentions possibly replaced by their type).</param>
/// <param name="Label">The label the phrase pushed toward.</param>
/// <param name="Weight">The phrase's contribution to that label's score; larger weighs more.</param>
public sealed record StanceEvidence(string Phrase, string Label, float Weight);
