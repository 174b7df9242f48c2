namespace SinoRussia.Nlp.Entities.Rules;

/// <summary>
/// A phrase the entity ruler labels wherever it occurs, such as <c>{"label": "ORG", "pattern": "Shanghai Cooperation Organisation", "id": "SCO"}</c>.
/// </summary>
/// <param name="Label">The entity label to assign; the label <c>O</c> marks a phrase that is not an entity (such as a pipeline or an initiative) and removes every entity overlapping it.</param>
/// <param name="Pattern">The phrase. Whitespace in it matches any run of whitespace in the text; elsewhere the text must match character by character (straight and curly apostrophes are equal). A match must start and end on token boundaries.</param>
/// <param name="Id">Optional canonical id shared by several spellings (for example EEU and EAEU), copied to <see cref="Documents.Entity.CanonicalId"/>.</param>
/// <param name="IgnoreCase">Whether case is ignored; <see langword="null"/> to use <see cref="EntityRulerOptions.IgnoreCase"/>.</param>
public sealed record EntityPattern(string Label, string Pattern, string? Id = null, bool? IgnoreCase = null);
