using SinoRussia.Nlp.Documents;

namespace SinoRussia.Nlp.Entities.Rules;

internal static class NumericEntityRules
{
    private static readonly WordSet Months = new(false, "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
        "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "JANUARY", "FEBRUARY", "MARCH", "APRIL", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER");

    private static readonly WordSet AmbiguousMonths = new(false, "May", "March", "Mar", "Jun", "Jul", "Apr");

    private static readonly WordSet MonthLeads = new(true, "in", "since", "until", "till", "by", "from", "early", "late", "mid", "last", "next", "this", "of", "before", "after", "during", "through", "throughout", "between", "and", "to", "on");

    private static readonly WordSet Weekdays = new(false, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    private static readonly WordSet DayWords = new(true, "today", "yesterday", "tomorrow");

    private static readonly WordSet Relative = new(true, "last", "next", "this", "past", "previous", "coming", "following", "same", "current", "recent", "preceding");

    private static readonly WordSet Periods = new(true, "year", "years", "month", "months", "week", "weeks", "decade", "decades", "century", "centuries",
        "summer", "winter", "spring", "autumn", "fall", "quarter", "weekend", "day", "days", "fortnight", "millennium", "season", "half", "term");

    private static readonly WordSet DurationUnits = new(true, "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades",
        "century", "centuries", "fortnight", "fortnights", "millennium", "millennia");

    private static readonly WordSet TimeUnits = new(true, "hour", "hours", "minute", "minutes", "second", "seconds");

    private static readonly WordSet DurationTails = new(true, "ago", "later", "earlier", "old", "before", "after", "long", "hence", "on");

    private static readonly WordSet ArticleDurationLeads = new(true, "for", "in", "within", "after", "over", "than", "about", "nearly", "almost",
        "under", "past", "last", "only", "just", "around", "roughly", "some", "took", "lasted", "spent", "half", "once", "than", "least");

    private static readonly WordSet Seasons = new(true, "spring", "summer", "autumn", "fall", "winter");

    private static readonly WordSet Ordinals = new(true, "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first");

    private static readonly WordSet CenturyWords = new(true, "century", "centuries", "millennium");

    private static readonly WordSet NumberWords = new(true, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen", "dozens", "hundreds", "thousands", "millions", "billions", "zero",
        "twenty-five", "twenty-one", "twenty-two", "twenty-three", "twenty-four", "twenty-six", "twenty-seven", "twenty-eight", "twenty-nine");

    private static readonly WordSet Scales = new(true, "hundred", "thousand", "million", "billion", "trillion", "bn", "mln", "mn", "tn", "m", "k", "crore", "lakh");

    private static readonly WordSet FewWords = new(true, "several", "few", "many", "some", "a", "an", "one", "half");

    private static readonly WordSet CurrencySymbols = new(false, "$", "€", "£", "¥", "₽", "US$", "USD", "RMB", "CNY", "EUR", "RUB", "C$", "A$", "HK$", "S$", "Rs", "Rs.");

    private static readonly WordSet CurrencyWords = new(true, "dollar", "dollars", "yuan", "renminbi", "rmb", "ruble", "rubles", "rouble", "roubles",
        "euro", "euros", "yen", "pound", "pounds", "sterling", "won", "rupee", "rupees", "usd", "cny", "rub", "eur", "francs", "franc", "lira", "tenge",
        "manat", "som", "riyal", "riyals", "dinar", "dinars", "hryvnia", "hryvnias", "cents", "cent");

    private static readonly WordSet CurrencyQualifiers = new(false, "US", "U.S.", "American", "Hong", "Kong", "Canadian", "Australian", "Singapore", "New", "Taiwan", "Chinese", "Russian");

    private static readonly WordSet PercentWords = new(true, "percent", "per", "pct", "%", "percentage");

    private static readonly WordSet Units = new(true, "km", "kilometers", "kilometres", "kilometer", "kilometre", "miles", "mile", "meters", "metres",
        "meter", "metre", "m", "cm", "mm", "millimeters", "millimetres", "millimeter", "millimetre", "centimeters", "centimetres", "centimeter", "centimetre", "feet", "foot", "ft", "inches", "inch", "tons", "tonnes", "ton", "tonne", "mt", "kg", "kilograms", "kilogram",
        "grams", "gram", "pounds", "lbs", "barrels", "barrel", "bpd", "bcm", "tcm", "cubic", "square", "sq", "hectares", "hectare", "acres", "acre",
        "mw", "gw", "kw", "kwh", "mwh", "gwh", "twh", "megawatts", "gigawatts", "kilowatts", "watts", "liters", "litres", "gallons", "degrees", "knots",
        "teu", "mmbtu", "btu", "kilotons", "megatons", "kt", "mbpd");

    private static readonly WordSet ApproxSingle = new(true, "about", "around", "approximately", "nearly", "almost", "over", "roughly", "some",
        "under", "below", "above", "only", "just", "circa", "ca.", "approx.", "estimated", "up", "more", "less", "fewer", "least", "most", "close",
        "upwards", "than", "to", "at", "as", "much", "many", "an", "well", "barely", "exactly", "precisely", "~");

    private static WordSet BuildTriggers()
    {
        var words = new List<string>
        {
            "the", "a", "an", "one", "between", "from", "every", "each", "tens", "early", "late", "mid", "middle", "end", "beginning", "earlier", "later", "recent", "half", "several", "few",
            "many", "some", "US", "USD", "RMB", "CNY", "EUR", "RUB", "Rs", "Rs.", "US$", "C$", "A$", "HK$", "S$",
        };
        foreach (var a in Approximators)
        {
            words.Add(a[0]);
        }

        words.AddRange(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "yesterday", "tomorrow",
            "last", "next", "this", "past", "previous", "coming", "following", "same", "current", "preceding",
            "spring", "summer", "autumn", "fall", "winter",
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
            "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
            "million", "billion", "trillion", "dozen", "dozens", "hundreds", "thousands", "millions", "billions", "zero", "twenty-five", "twenty-one",
            "twenty-two", "twenty-three", "twenty-four", "twenty-six", "twenty-seven", "twenty-eight", "twenty-nine"]);
        return new WordSet(true, [.. words]);
    }

    private static readonly string[][] Approximators =
    [
        ["more", "than"], ["less", "than"], ["fewer", "than"], ["up", "to"], ["at", "least"], ["at", "most"], ["as", "many", "as"], ["as", "much", "as"],
        ["close", "to"], ["upwards", "of"], ["just", "over"], ["just", "under"], ["well", "over"], ["an", "estimated"], ["more", "than", "a"],
        ["about"], ["around"], ["approximately"], ["nearly"], ["almost"], ["over"], ["roughly"], ["some"], ["under"], ["circa"], ["ca."], ["approx."], ["~"],
        ["only"], ["barely"], ["exactly"], ["precisely"],
    ];

    private static readonly WordSet NotDateFollowers = new(true, "was", "is", "has", "as", "this", "its", "us", "his", "has", "does", "thus", "less", "plus", "across", "towards", "always", "perhaps", "yes");

    private static readonly WordSet Triggers = BuildTriggers();

    /// <summary>A month (full, abbreviated or upper-case) or a weekday name.</summary>
    public static bool IsCalendarWord(ReadOnlySpan<char> token) => Months.Contains(token) || Weekdays.Contains(token);

    public static void Find(Document document, int from, int to, List<EntityCandidate> output)
    {
        var ctx = new Context(document, from, to);
        for (var i = from; i < to; i++)
        {
            if (!ctx.MayStart(i))
            {
                continue;
            }

            var (end, label) = ctx.Match(i);
            if (end > i)
            {
                output.Add(new EntityCandidate(i, end, label, 0.9f, null, CandidateSource.Numeric));
                i = end - 1;
            }
        }
    }

    private readonly ref struct Context
    {
        private readonly string _text;
        private readonly int[] _starts;
        private readonly int[] _lengths;
        private readonly TokenKind[] _kinds;
        private readonly int _from;
        private readonly int _to;

        public Context(Document document, int from, int to)
        {
            _text = document.Text;
            _starts = document.TokenStarts;
            _lengths = document.TokenLengths;
            _kinds = document.TokenKinds;
            _from = from;
            _to = to;
        }

        public bool MayStart(int i)
        {
            var c = _text[_starts[i]];
            if (char.IsDigit(c) || c is '$' or '€' or '£' or '¥' or '₽' or '\'' or '\u2019' or '~')
            {
                return true;
            }

            return char.IsLetter(c) && Triggers.Contains(T(i));
        }

        public (int End, string Label) Match(int i)
        {
            var end = TryDate(i);
            if (end > i)
            {
                return (end, "DATE");
            }

            return TryNumeric(i);
        }

        private ReadOnlySpan<char> T(int i) => _text.AsSpan(_starts[i], _lengths[i]);

        private bool In(int i) => i >= _from && i < _to;

        private bool Is(int i, WordSet set) => In(i) && set.Contains(T(i));

        private bool IsWord(int i, string word) => In(i) && T(i).Equals(word, StringComparison.OrdinalIgnoreCase);

        private bool Adjacent(int i) => In(i) && In(i - 1) && _starts[i - 1] + _lengths[i - 1] == _starts[i];

        private bool IsDigits(int i, int min, int max)
        {
            if (!In(i))
            {
                return false;
            }

            var t = T(i);
            if (t.Length < min || t.Length > max)
            {
                return false;
            }

            foreach (var c in t)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        // "16–17" (one token) before a month: a range of days.
        private bool IsDayRange(int i)
        {
            if (!In(i))
            {
                return false;
            }

            var t = T(i);
            var dash = t.IndexOfAny('-', '\u2013');
            return dash is 1 or 2 && t.Length - dash - 1 is 1 or 2 && t[..dash].IndexOfAnyExceptInRange('0', '9') < 0
                && t[(dash + 1)..].IndexOfAnyExceptInRange('0', '9') < 0;
        }

        private bool IsYear(int i)
        {
            if (!IsDigits(i, 4, 4))
            {
                return false;
            }

            var y = int.Parse(T(i), provider: System.Globalization.CultureInfo.InvariantCulture);
            return y >= 1000 && y <= 2100;
        }

        private bool IsNumeral(int i)
        {
            if (!In(i))
            {
                return false;
            }

            if (_kinds[i] is TokenKind.Url or TokenKind.FootnoteMarker or TokenKind.Email)
            {
                return false;
            }

            var t = T(i);
            if (t.IsEmpty || !char.IsAsciiDigit(t[0]) && !((t[0] == '.' || t[0] == '-' || t[0] == '+') && t.Length > 1 && char.IsAsciiDigit(t[1])))
            {
                return false;
            }

            t = StripScaleSuffix(t);
            var digits = 0;
            foreach (var c in t)
            {
                if (char.IsAsciiDigit(c))
                {
                    digits++;
                }
                else if (c is not (',' or '.' or '-' or '+' or '\u2013'))
                {
                    return false;
                }
            }

            return digits > 0 && char.IsAsciiDigit(t[^1]);
        }

        private static ReadOnlySpan<char> StripScaleSuffix(ReadOnlySpan<char> t)
        {
            foreach (var suffix in (ReadOnlySpan<string>)["bn", "mn", "tn", "trn", "m", "k", "b"])
            {
                if (t.Length > suffix.Length && t.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && char.IsAsciiDigit(t[^(suffix.Length + 1)]))
                {
                    return t[..^suffix.Length];
                }
            }

            return t;
        }

        private bool IsCount(int i) => IsNumeral(i) || (Is(i, NumberWords) && !HyphenAttachedWord(i));

        private bool HyphenAttachedWord(int i)
        {
            var end = _starts[i] + _lengths[i];
            return end + 1 < _text.Length && (_text[end] == '-' || _text[end] == '\u2010') && char.IsLetter(_text[end + 1]) && !Is(i + 2, DurationUnits) && !T(i).Contains('-');
        }

        private int SkipApproximator(int i)
        {
            if (!Is(i, ApproxSingle))
            {
                return i;
            }

            foreach (var a in Approximators)
            {
                var ok = true;
                for (var k = 0; k < a.Length; k++)
                {
                    if (!IsWord(i + k, a[k]))
                    {
                        ok = false;
                        break;
                    }
                }

                if (ok)
                {
                    return i + a.Length;
                }
            }

            return i;
        }

        private int TryDate(int i)
        {
            var j = SkipApproximator(i);
            var approximated = j > i;
            var hasThe = IsWord(j, "the");
            if (hasThe)
            {
                if (approximated)
                {
                    return -1;
                }

                j++;
                if (IsYear(j) || Is(j, Months) || IsDigits(j, 1, 2))
                {
                    return -1;
                }
            }

            if (IsWord(j, "early") || IsWord(j, "late") || IsWord(j, "mid") || IsWord(j, "middle") || IsWord(j, "end") || IsWord(j, "beginning"))
            {
                var k = j + 1;
                if (In(k) && T(k) is "-")
                {
                    k++;
                }

                if (IsWord(k, "of"))
                {
                    k++;
                    if (IsWord(k, "the"))
                    {
                        k++;
                    }
                }

                var inner = DateCore(k);
                if (inner > k)
                {
                    return inner;
                }

                return -1;
            }

            if (approximated && (IsYear(j) || Is(j, Months)))
            {
                return -1;
            }

            var core = DateCore(j);
            return core > j ? core : -1;
        }

        private int DateCore(int i)
        {
            if (!In(i))
            {
                return -1;
            }

            var t = T(i);
            if (IsCitationYear(t) || IsNumericDate(t))
            {
                return i + 1;
            }

            if (IsDecade(t))
            {
                return i + 1;
            }

            if ((t is "'" or "\u2019") && In(i + 1) && IsDecade(T(i + 1)) && Adjacent(i + 1))
            {
                return i + 2;
            }

            if (Is(i, Months))
            {
                var ambiguous = Is(i, AmbiguousMonths);
                var k = i + 1;
                var hasNumber = false;
                if (IsDayRange(k))
                {
                    k++;
                    hasNumber = true;
                }
                else if (IsDigits(k, 1, 2) || IsOrdinalDay(k))
                {
                    k++;
                    hasNumber = true;
                    // "August 20–21", "July 3 - 4": a range of days.
                    if (In(k + 1) && T(k) is "-" or "\u2013" && IsDigits(k + 1, 1, 2))
                    {
                        k += 2;
                    }

                    if (In(k) && T(k) is ",")
                    {
                        k++;
                    }
                }

                if (IsYear(k))
                {
                    return k + 1;
                }

                if (hasNumber)
                {
                    return In(k - 1) && T(k - 1) is "," ? k - 1 : k;
                }

                var dayBefore = IsDigits(i - 1, 1, 2) && In(i - 1);
                if (ambiguous && !Is(i - 1, MonthLeads) && !dayBefore)
                {
                    return -1;
                }

                return i + 1;
            }

            if (IsDigits(i, 1, 2) && Is(i + 1, Months))
            {
                var k = i + 2;
                if (IsYear(k))
                {
                    return k + 1;
                }

                return k;
            }

            if ((IsWord(i, "between") && IsYear(i + 1) && IsWord(i + 2, "and") && IsYear(i + 3)) || (IsWord(i, "from") && IsYear(i + 1) && (IsWord(i + 2, "to") || IsWord(i + 2, "until")) && IsYear(i + 3)))
            {
                return i + 4;
            }

            if (Is(i, Weekdays))
            {
                // "Wednesday 2 July 2025", "Friday, March 7": the weekday opens the date it names.
                var k = In(i + 1) && T(i + 1) is "," ? i + 2 : i + 1;
                if (IsDigits(k, 1, 2) && Is(k + 1, Months) || Is(k, Months) && (IsDigits(k + 1, 1, 2) || IsOrdinalDay(k + 1)))
                {
                    var inner = DateCore(k);
                    if (inner > k)
                    {
                        return inner;
                    }
                }

                return i + 1;
            }

            if (Is(i, DayWords))
            {
                return i + 1;
            }

            if (IsDayRange(i) && Is(i + 1, Months) && (T(i + 1) is not "May" || IsYear(i + 2) || Is(i - 1, MonthLeads)))
            {
                return IsYear(i + 2) ? i + 3 : i + 2;
            }

            if (IsDigits(i, 1, 2) && In(i + 1) && (T(i + 1) is "-" or "\u2013" || IsWord(i + 1, "to")) && IsDigits(i + 2, 1, 2) && Is(i + 3, Months)
                && (T(i + 3) is not "May" || IsYear(i + 4) || Is(i - 1, MonthLeads)))
            {
                return IsYear(i + 4) ? i + 5 : i + 4;
            }

            if (Is(i, Seasons) && (IsYear(i + 1) || (IsWord(i + 1, "of") && IsYear(i + 2))))
            {
                return IsYear(i + 1) ? i + 2 : i + 3;
            }

            // "in winter", "during the summer" leave the season alone; "every winter", "each spring" take the quantifier.
            if (Is(i, Seasons) && !(IsWord(i + 1, "of") && !IsYear(i + 2)) && (IsWord(i - 1, "in") || IsWord(i - 1, "during") || IsWord(i - 1, "since") || IsWord(i - 1, "until") || IsWord(i - 1, "by")
                || (IsWord(i - 1, "the") && (IsWord(i - 2, "in") || IsWord(i - 2, "during") || IsWord(i - 2, "by")))))
            {
                return i + 1;
            }

            if ((IsWord(i, "every") || IsWord(i, "each")) && (Is(i + 1, Seasons) || Is(i + 1, Periods)))
            {
                return i + 2;
            }

            if (IsWord(i, "every") && IsCount(i + 1) && Is(i + 2, DurationUnits))
            {
                return i + 3;
            }

            if (IsYear(i) && !IsCounted(i))
            {
                var k = i + 1;
                if (In(k + 1) && (T(k) is "-" or "\u2013" or "to" or "/") && (IsYear(k + 1) || IsDigits(k + 1, 2, 2)))
                {
                    return k + 2;
                }

                return k;
            }

            if (Is(i, Relative) && Is(i + 1, Periods))
            {
                return i + 2;
            }

            if ((IsWord(i, "earlier") || IsWord(i, "later")) && IsWord(i + 1, "this") && Is(i + 2, Periods))
            {
                return i + 3;
            }

            if (Is(i, Relative) && IsCount(i + 1) && Is(i + 2, DurationUnits))
            {
                return i + 3;
            }

            if ((Is(i, Ordinals) || IsOrdinalNumber(i)) && Is(i + 1, CenturyWords))
            {
                return i + 2;
            }

            if ((IsCount(i) || Is(i, FewWords)) && !IsWord(i, "one") || IsWord(i, "one") && Is(i + 1, DurationUnits))
            {
                var k = i;
                if (IsWord(k, "a") && Is(k + 1, FewWords))
                {
                    k++;
                }

                if (IsWord(k, "half") && (IsWord(k + 1, "a") || IsWord(k + 1, "an")))
                {
                    k++;
                }

                k++;
                if (IsCount(k) && IsCount(k - 1))
                {
                    k++;
                }

                if (Is(k, DurationUnits))
                {
                    var first = T(i);
                    var article = first.Equals("a", StringComparison.OrdinalIgnoreCase) || first.Equals("an", StringComparison.OrdinalIgnoreCase);
                    if (article && !Is(k + 1, DurationTails) && !Is(i - 1, ArticleDurationLeads))
                    {
                        return -1;
                    }

                    if (article || first.Equals("some", StringComparison.OrdinalIgnoreCase) || first.Equals("many", StringComparison.OrdinalIgnoreCase))
                    {
                        var singular = T(k);
                        if (first.Equals("many", StringComparison.OrdinalIgnoreCase) || first.Equals("some", StringComparison.OrdinalIgnoreCase) || singular.EndsWith("s"))
                        {
                            return -1;
                        }
                    }

                    k++;
                    if (Is(k, DurationTails) && !IsWord(k, "on") && !(IsWord(k, "before") || IsWord(k, "after")))
                    {
                        k++;
                    }

                    return k;
                }

                if (In(k) && T(k) is "-" && Is(k + 1, DurationUnits) && IsCount(i))
                {
                    return k + 2;
                }
            }

            if (IsWord(i, "recent") && (IsWord(i + 1, "years") || IsWord(i + 1, "decades") || IsWord(i + 1, "months")))
            {
                return i + 2;
            }

            return -1;
        }

        private bool IsCounted(int i)
        {
            var k = i + 1;
            if (!In(k))
            {
                return false;
            }

            var t = T(k);
            if (Is(k, Units) || Is(k, CurrencyWords) || Is(k, PercentWords) || Is(k, Scales))
            {
                return true;
            }

            return t.Length > 3 && char.IsLower(t[0]) && t[^1] == 's' && !NotDateFollowers.Contains(t) && t.IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyz") < 0 && !IsWord(i - 1, "in") && !IsWord(i - 1, "since");
        }

        private bool IsOrdinalDay(int i)
        {
            if (!In(i))
            {
                return false;
            }

            var t = T(i);
            return t.Length is 3 or 4 && char.IsAsciiDigit(t[0]) && (t.EndsWith("st") || t.EndsWith("nd") || t.EndsWith("rd") || t.EndsWith("th"));
        }

        private bool IsOrdinalNumber(int i)
        {
            if (!In(i))
            {
                return false;
            }

            var t = T(i);
            return t.Length is >= 3 and <= 4 && char.IsAsciiDigit(t[0]) && (t.EndsWith("st") || t.EndsWith("nd") || t.EndsWith("rd") || t.EndsWith("th"));
        }

        private static bool IsCitationYear(ReadOnlySpan<char> t) =>
            t.Length == 5 && char.IsAsciiDigit(t[0]) && char.IsAsciiDigit(t[1]) && char.IsAsciiDigit(t[2]) && char.IsAsciiDigit(t[3]) && t[4] is >= 'a' and <= 'f' && t[0] is '1' or '2';

        private static bool IsDecade(ReadOnlySpan<char> t)
        {
            if (t.Length == 5 && t[4] == 's' && t[3] == '0' && t[..4].IndexOfAnyExceptInRange('0', '9') < 0)
            {
                return true;
            }

            if (t.Length == 6 && t[4] == '\'' && t[5] == 's' && t[3] == '0' && t[..4].IndexOfAnyExceptInRange('0', '9') < 0)
            {
                return true;
            }

            return t.Length == 3 && t[2] == 's' && t[1] == '0' && char.IsAsciiDigit(t[0]);
        }

        private static bool IsNumericDate(ReadOnlySpan<char> t)
        {
            if (t.Length < 8 || t.Length > 10)
            {
                return false;
            }

            var separators = 0;
            var separator = '\0';
            foreach (var c in t)
            {
                if (c is '.' or '/' or '-')
                {
                    if (separator != '\0' && c != separator)
                    {
                        return false;
                    }

                    separator = c;
                    separators++;
                }
                else if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }

            return separators == 2;
        }

        private (int End, string Label) TryNumeric(int i)
        {
            var start = i;
            var j = SkipApproximator(i);
            var money = false;
            if (In(j) && CurrencySymbols.Contains(T(j)) && (IsNumeral(j + 1) || IsCount(j + 1)))
            {
                money = true;
                j++;
            }
            else if (IsWord(j, "US") && In(j + 1) && T(j + 1) is "$" && IsNumeral(j + 2))
            {
                money = true;
                j += 2;
            }

            // "hundreds of thousands", "tens of millions": one vague count.
            if (!money && (IsWord(j, "tens") || IsWord(j, "dozens") || IsWord(j, "hundreds") || IsWord(j, "thousands") || IsWord(j, "millions"))
                && IsWord(j + 1, "of") && (IsWord(j + 2, "thousands") || IsWord(j + 2, "millions") || IsWord(j + 2, "billions")))
            {
                // "hundreds of millions of dollars" is money, "tens of thousands of tonnes" a quantity.
                if (IsWord(j + 3, "of") && Is(j + 4, CurrencyWords))
                {
                    return (j + 5, "MONEY");
                }

                if (IsWord(j + 3, "of") && Is(j + 4, Units) && !IsWord(j + 4, "m"))
                {
                    return (j + 5, "QUANTITY");
                }

                return (j + 3, "CARDINAL");
            }

            var numberStart = j;
            if ((IsWord(j, "a") || IsWord(j, "one")) && Is(j + 1, Scales) && !IsWord(j + 1, "m") && !IsWord(j + 1, "k"))
            {
                j++;
            }
            else if (!IsCount(j))
            {
                return (-1, "");
            }

            if (IsWord(j, "one") || IsWord(j, "a"))
            {
                if (!Is(j + 1, Scales))
                {
                    return (-1, "");
                }
            }

            if (IsPageReference(j))
            {
                return (-1, "");
            }

            var k = j + 1;
            while (IsCount(k) && (Is(k, Scales) || IsWord(k, "and") && IsCount(k + 1) || IsCount(k - 1) && Is(k, NumberWords)))
            {
                k++;
            }

            if (In(k + 1) && (T(k) is "-" or "\u2013" or "to") && IsCount(k + 1))
            {
                if (!(T(k) is "-" && Is(k - 1, NumberWords)))
                {
                    k += 2;
                    while (Is(k, Scales))
                    {
                        k++;
                    }
                }
            }

            while (Is(k, Scales) && !(IsWord(k, "m") && !Adjacent(k)))
            {
                k++;
            }

            if (Is(k, PercentWords))
            {
                var t = T(k);
                if (t.Equals("per", StringComparison.OrdinalIgnoreCase))
                {
                    if (IsWord(k + 1, "cent"))
                    {
                        return (k + 2, "PERCENT");
                    }
                }
                else if (t.Equals("percentage", StringComparison.OrdinalIgnoreCase))
                {
                    if (IsWord(k + 1, "points") || IsWord(k + 1, "point"))
                    {
                        return (k + 2, "PERCENT");
                    }
                }
                else
                {
                    return (k + 1, "PERCENT");
                }
            }

            if (money)
            {
                return (k, "MONEY");
            }

            if (Is(k, CurrencyQualifiers) && Is(k + 1, CurrencyWords))
            {
                return (k + 2, "MONEY");
            }

            if (Is(k, CurrencyQualifiers) && IsWord(k + 1, "Kong") && Is(k + 2, CurrencyWords))
            {
                return (k + 3, "MONEY");
            }

            if (Is(k, CurrencyWords) && !(IsWord(k, "won") && !Is(k - 1, Scales)) && !(IsWord(k, "pounds") && IsWord(k + 1, "of")))
            {
                return (k + 1, "MONEY");
            }

            if (In(k) && CurrencySymbols.Contains(T(k)) && T(k).Length > 1 && char.IsUpper(T(k)[0]))
            {
                return (k + 1, "MONEY");
            }

            // "a 1,357-kilometre border": the unit joined to the number by a hyphen.
            if (In(k + 1) && T(k) is "-" or "\u2011" or "\u2013" && Adjacent(k) && Adjacent(k + 1) && Is(k + 1, Units) && !IsWord(k + 1, "m"))
            {
                // "30-square-kilometre": a square or cubic unit takes the unit after it.
                if ((IsWord(k + 1, "square") || IsWord(k + 1, "cubic")) && In(k + 3) && T(k + 2) is "-" && Is(k + 3, Units))
                {
                    return (k + 4, "QUANTITY");
                }

                return (k + 2, "QUANTITY");
            }

            if (Is(k, Units) && !IsWord(k, "m") || (IsWord(k, "m") && Adjacent(k)))
            {
                var e = k + 1;
                if ((IsWord(k, "cubic") || IsWord(k, "square") || IsWord(k, "sq")) && Is(e, Units))
                {
                    e++;
                }

                if ((IsWord(e, "per") || T(e - 1) is "/") && (IsWord(e + 1, "day") || IsWord(e + 1, "year") || IsWord(e + 1, "annum") || IsWord(e + 1, "hour")))
                {
                    e += 2;
                }

                if (IsWord(k, "cubic") || IsWord(k, "square") || IsWord(k, "sq"))
                {
                    if (!Is(k + 1, Units))
                    {
                        return (-1, "");
                    }
                }

                return (e, "QUANTITY");
            }

            if (Is(k, TimeUnits))
            {
                var e = k + 1;
                if (IsWord(e, "ago") || IsWord(e, "later") || IsWord(e, "earlier"))
                {
                    e++;
                }

                return (e, "TIME");
            }

            if (numberStart == j && IsWord(j, "one"))
            {
                return (-1, "");
            }

            if (IsOrdinalish(k))
            {
                return (-1, "");
            }

            return (k, "CARDINAL");
        }

        private bool IsOrdinalish(int k) => In(k) && T(k) is "st" or "nd" or "rd" or "th" && Adjacent(k);

        private bool IsPageReference(int j)
        {
            if (IsWord(j - 1, "p.") || IsWord(j - 1, "pp.") || IsWord(j - 1, "page") || IsWord(j - 1, "pages") || IsWord(j - 1, "p") || IsWord(j - 1, "No.") || IsWord(j - 1, "#") || IsWord(j - 1, "vol.") || IsWord(j - 1, "chapter") || IsWord(j - 1, "article"))
            {
                return true;
            }

            if (In(j - 2) && T(j - 1) is "," or ":" && (IsYear(j - 2) || IsCitationYear(T(j - 2))))
            {
                return true;
            }

            if (In(j - 2) && T(j - 1) is ":" && IsNumeral(j - 2))
            {
                return true;
            }

            if (In(j - 2) && T(j - 1) is "." && (IsWord(j - 2, "p") || IsWord(j - 2, "pp") || IsWord(j - 2, "no") || IsWord(j - 2, "vol") || IsWord(j - 2, "para")))
            {
                return true;
            }

            if (In(j - 2) && T(j - 1) is "-" or "\u2013" && IsNumeral(j - 2) && IsPageContext(j - 2))
            {
                return true;
            }

            var t = T(j);
            return In(j - 1) && T(j - 1) is "[" or "^" || (t.Length > 0 && In(j + 1) && T(j + 1) is "]");
        }

        private bool IsPageContext(int j)
        {
            if (IsWord(j - 1, "p.") || IsWord(j - 1, "pp.") || IsWord(j - 1, "page") || IsWord(j - 1, "pages") || IsWord(j - 1, "p"))
            {
                return true;
            }

            if (In(j - 2) && T(j - 1) is "," or ":" && (IsYear(j - 2) || IsCitationYear(T(j - 2)) || IsNumeral(j - 2)))
            {
                return true;
            }

            return In(j - 2) && T(j - 1) is "." && (IsWord(j - 2, "p") || IsWord(j - 2, "pp"));
        }
    }
}
