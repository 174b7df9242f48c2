namespace SinoRussia.Nlp.Entities.Rules;

/// <summary>Settings of the phrase matcher (the entity ruler) inside <see cref="EntityRecognizer"/>.</summary>
public sealed class EntityRulerOptions
{
    /// <summary>Gets the user patterns, matched in addition to the built-in ones.</summary>
    /// <value>Defaults to an empty list.</value>
    public IList<EntityPattern> Patterns { get; } = [];

    /// <summary>Gets paths of JSONL pattern files (one <c>{"label": …, "pattern": …, "id": …, "case": "insensitive"}</c> object per line), read when the recogniser is created.</summary>
    /// <value>Defaults to an empty list.</value>
    public IList<string> PatternFiles { get; } = [];

    /// <summary>Gets or sets whether the built-in patterns (international organisations, treaties, wars, nationalities, countries, regions) are used.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool UseDefaultPatterns { get; set; } = true;

    /// <summary>Gets or sets how ruler matches combine with tagger entities.</summary>
    /// <value>Defaults to <see cref="EntityRulerPolicy.Overwrite"/>.</value>
    public EntityRulerPolicy Policy { get; set; } = EntityRulerPolicy.Overwrite;

    /// <summary>Gets or sets whether patterns that do not say otherwise ignore case.</summary>
    /// <value>Defaults to <see langword="false"/> (case-sensitive).</value>
    public bool IgnoreCase { get; set; }
}
