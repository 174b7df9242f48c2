namespace SinoRussia.Nlp.Stance;

/// <summary>How a stance model sees named-entity mentions when the document carries entities.</summary>
public enum StanceEntityFeatures
{
    /// <summary>Entities are ignored; mentions are featurised as plain words.</summary>
    None = 0,

    /// <summary>Each mention is replaced by its label (for example <c>_gpe</c>), so "Beijing" and "Moscow" share features.</summary>
    Label,

    /// <summary>Each mention is replaced by its canonical id when it has one (for example <c>_eaeu</c>), else by its label.</summary>
    CanonicalId,
}
