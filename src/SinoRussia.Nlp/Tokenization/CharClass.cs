namespace SinoRussia.Nlp.Tokenization;

internal enum CharClass : byte
{
    Other = 0,
    Space,
    Letter,
    Digit,
    Period,
    Comma,
    Apostrophe,
    Hyphen,
    Punct,
    Terminal,
    Colon,
    Slash,
    At,
    Hash,
    Symbol,
    RepeatSymbol,
    Ampersand,
    Underscore,
    OpenSquare,
    Han,
    Emoji,
    HighSurrogate,
    LowSurrogate,
}
