namespace SinoRussia.Nlp.Entities.Rules;

/// <summary>How the entity ruler's matches combine with the statistical tagger's entities.</summary>
public enum EntityRulerPolicy
{
    /// <summary>A ruler match replaces the tagger entities it overlaps, unless it lies strictly inside a longer tagger entity.</summary>
    Overwrite = 0,

    /// <summary>A ruler match is used only where the tagger found nothing overlapping it.</summary>
    FillGaps = 1,
}
