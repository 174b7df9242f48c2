namespace SinoRussia.Nlp.Segmentation;

internal static class SentenceRules
{
    public static readonly string[] NonTerminalAbbreviations =
    [
        "Mr.", "Mrs.", "Ms.", "Messrs.", "Dr.", "Drs.", "Prof.", "St.", "Ste.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.",
        "Sgt.", "Cpl.", "Adm.", "Gov.", "Sen.", "Rep.", "Reps.", "Rev.", "Hon.", "Pres.", "Mt.", "Ft.", "No.", "Nos.",
        "vs.", "Vs.", "v.", "cf.", "Cf.", "e.g.", "E.g.", "i.e.", "I.e.", "ca.", "approx.", "Approx.", "Fig.", "fig.",
        "Vol.", "vol.", "pp.", "p.", "ch.", "Ch.", "Sec.", "sec.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.",
        "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Mme.", "Mlle.", "Fr.", "Attn.", "Tel.", "tel.", "ext.", "Ext.",
    ];

    public static readonly string[] SentenceStarters =
    [
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "We", "They", "I", "You", "In",
        "On", "At", "But", "And", "So", "If", "When", "While", "After", "Before", "There", "Here", "His", "Her", "Their",
        "Our", "My", "Your", "What", "Why", "How", "Who", "Where", "As", "For", "Some", "Many", "Most", "All", "No",
        "Yes", "Please", "Thanks", "Thank", "However", "Also", "Then", "Now", "Still", "Since", "Although", "Meanwhile",
        "Moreover", "Furthermore", "Today", "Yesterday", "Last", "One", "Two", "Both", "Each", "Every", "Such", "Is",
        "Are", "Do", "Does", "Did", "Can", "Could", "Would", "Should", "Will", "Let", "To", "From", "By", "With",
        "Under", "Over", "Under", "Despite", "Because", "Unlike", "According",
    ];
}
