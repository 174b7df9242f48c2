namespace SinoRussia.Nlp.Tokenization;

// Lists follow UD English-EWT tokenisation; checked against the EWT and GUM training files.
internal static class EnglishExceptions
{
    public static readonly string[] Abbreviations =
    [
        "Mr.", "Mrs.", "Ms.", "Mssrs.", "Messrs.", "Dr.", "Drs.", "Prof.", "St.", "Ste.", "Jr.", "Sr.", "Snr.", "Jnr.",
        "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Cpt.", "Sgt.", "Cpl.", "Pvt.", "Adm.", "Cmdr.", "Brig.", "Gov.", "Sen.",
        "Rep.", "Reps.", "Rev.", "Hon.", "Pres.", "Supt.", "Insp.", "Atty.", "Esq.", "Mme.", "Mlle.", "Fr.",
        "Inc.", "Corp.", "Co.", "Ltd.", "Bros.", "Assn.", "Dept.", "Univ.", "Intl.", "Govt.", "Assoc.",
        "vs.", "Vs.", "etc.", "al.", "cf.", "Cf.", "ca.", "approx.", "Approx.", "est.", "Est.", "viz.", "resp.",
        "fig.", "Fig.", "figs.", "Figs.", "vol.", "Vol.", "vols.", "pp.", "ch.", "Ch.", "sec.", "Sec.", "para.", "Para.",
        "ed.", "Ed.", "eds.", "Eds.", "trans.", "repr.", "No.", "Nos.", "ibid.", "Ibid.",
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
        "Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thur.", "Thurs.", "Fri.", "Sat.", "Sun.",
        "Ave.", "Blvd.", "Rd.", "Mt.", "Ft.", "Hwy.", "Ln.", "Pl.", "Sq.", "Pkwy.",
        "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Kans.", "Ky.",
        "La.", "Md.", "Mich.", "Minn.", "Mo.", "Mont.", "Neb.", "Nev.", "Okla.", "Ore.", "Pa.", "Penn.",
        "Tenn.", "Cal.", "Cali.", "Ida.", "Ia.", "Oreg.", "Wisc.", "Mex.", "Tex.", "Va.", "Vt.", "Wash.", "Wis.", "Wyo.", "Que.", "Ont.",
        "ext.", "Ext.", "tel.", "Tel.", "PS.", "Fax.", "fax.", "Mob.", "Attn.", "attn.", "info.", "min.", "mins.", "hr.",
        "hrs.", "yr.", "yrs.", "lb.", "lbs.", "oz.", "ft.", "sq.", "km.", "kg.", "Div.", "div.",
        "dept.", "govt.", "esp.", "Esp.", "misc.", "Arrv.", "arrv.", "Ass't.", "Spec.", "Conf.", "Aplo.", "eve.",
    ];

    public static readonly string[] HyphenPrefixes =
    [
        "non", "e", "mid", "re", "anti", "pre", "co", "pro", "cross", "post", "mis", "over", "multi", "ex", "sub", "counter",
        "semi", "pan", "mini", "neo", "socio", "psycho", "intra", "inter", "micro", "vice", "un", "arch", "x", "ultra",
        "hyper", "macro", "quasi", "pseudo", "bi", "tri", "infra", "meta", "proto",
    ];

    // Apostrophe-less contractions split as UD EWT does: each entry is the text and the length of its first part.
    public static readonly (string Text, int Split)[] BareContractions =
    [
        ("cannot", 3), ("gonna", 3), ("gotta", 3), ("wanna", 3), ("gimme", 3), ("lemme", 3), ("outta", 3),
        ("dont", 2), ("didnt", 3), ("doesnt", 4), ("isnt", 2), ("wasnt", 3), ("werent", 4), ("arent", 3), ("couldnt", 5),
        ("wouldnt", 5), ("shouldnt", 6), ("havent", 4), ("hasnt", 3), ("hadnt", 3), ("aint", 2), ("cant", 2), ("wont", 2), ("arnt", 2),
        ("im", 1), ("ive", 1), ("youre", 3), ("theyre", 4), ("youll", 3), ("thats", 4), ("theres", 5), ("whats", 4),
    ];

    public static readonly string[] Emoticons =
    [
        ":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":p", ":-p", ":'(", ":/", ":-/", ":O", ":o",
        ":|", "^_^", "Yahoo!", "w/", "w/o", "W/", "^^", "<3", "xD", "XD", ":]", ":[", "=)", "=(",
    ];

    public static readonly string[] NonTerminalAbbreviations =
    [
        "Mr.", "Mrs.", "Ms.", "Messrs.", "Dr.", "Drs.", "Prof.", "St.", "Ste.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.",
        "Sgt.", "Cpl.", "Adm.", "Gov.", "Sen.", "Rep.", "Reps.", "Rev.", "Hon.", "Pres.", "Mt.", "Ft.", "No.", "Nos.",
        "vs.", "Vs.", "v.", "cf.", "Cf.", "e.g.", "E.g.", "i.e.", "I.e.", "ca.", "approx.", "Approx.", "Fig.", "fig.",
        "Vol.", "vol.", "pp.", "p.", "ch.", "Ch.", "Sec.", "sec.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.",
        "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Mme.", "Mlle.", "Fr.", "Attn.", "Tel.", "tel.", "ext.", "Ext.", "P.S.", "PS.", "P.P.S.",
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
