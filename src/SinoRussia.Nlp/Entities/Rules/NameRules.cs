using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Entities.Tagging;

namespace SinoRussia.Nlp.Entities.Rules;

internal static class NameRules
{
    private const int MaxExtension = 16;

    private static readonly WordSet LawHeads = new(false, "Treaty", "Agreement", "Accord", "Accords", "Convention", "Charter", "Communiqué",
        "Communique", "Declaration", "Act", "Protocol", "Memorandum", "Pact", "Constitution", "Statute", "Law", "Resolution");

    private static readonly WordSet EventHeads = new(false, "War", "Revolution", "Crisis", "Forum", "Summit", "Olympics", "Games", "Uprising",
        "Massacre", "Incident", "Rebellion", "Expo", "Festival", "Cup", "Championship", "Championships", "Olympiad", "Carnival",
        "Battle", "Siege", "Tournament", "Marathon");

    private static readonly WordSet OrganisationHeads = new(false, "Department", "Ministry", "Authority", "Court", "University", "School",
        "Institute", "Center", "Centre", "Council", "Committee", "Agency", "Bank", "Office", "Offices", "Bureau", "Commission", "Academy",
        "Federation", "Association", "Foundation", "Organization", "Organisation", "Corporation", "Administration", "Coalition",
        "Society", "League", "Board", "Chamber", "Assembly", "Parliament", "Directorate", "Secretariat", "Fund", "Service", "Services",
        "Party", "Army", "Navy", "Forces", "Guard", "Police", "Command", "Tribunal", "Club", "Union", "Group", "Company", "Ltd", "Inc",
        "Records", "Airlines", "Airways", "Holdings", "Press", "Orchestra", "Museum", "Hospital", "College", "Trust", "Brigade",
        "Regiment", "Corps", "Fleet", "Alliance", "Studios", "Pictures", "Motors", "Petroleum", "Technologies", "Rovers",
        "Wanderers", "Athletic", "FC", "F.C.", "AFC", "Institution", "Laboratory", "Laboratories", "Observatory", "Library", "Seminary",
        "Conservatory", "Gazette", "Times", "Network", "Railways", "Railway", "Systems", "Industries", "Bancorp", "Capital", "Partners");

    // A nationality adjective before these heads names the country, not the body: "Japanese Ministry of Defense" is NORP + ORG.
    private static readonly WordSet GovernmentHeads = new(false, "Department", "Ministry", "Office", "Bureau", "Agency", "Army", "Navy", "Forces",
        "Police", "Guard", "Court", "Parliament", "Command", "Directorate", "Administration", "Embassy", "Government", "Service", "Services");

    // An organisation's of-phrase never runs into a person's title or name: "Liberal Party of Canada Member of Parliament".
    private static readonly WordSet PersonTitles = new(false, "President", "Premier", "Chairman", "Chairwoman", "Mr", "Mr.", "Mrs", "Mrs.", "Ms",
        "Ms.", "Dr", "Dr.", "Senator", "Sen.", "Governor", "Gov.", "Mayor", "Member", "Members", "MP", "MPs", "MEP", "Leader", "Deputy",
        "Representative", "Rep.", "Councillor", "Councilor", "Candidate", "Prime", "Spokesman", "Spokeswoman");

    // Heads that open an organisation's name in Romance and Germanic languages: "Banco Cafetero", "Grupo Aval".
    private static readonly WordSet LeadingOrganisationHeads = new(false, "Grupo", "Banco", "Banca", "Banque", "Caixa", "Caja", "Editora",
        "Editorial", "Éditions", "Compañía", "Companhia", "Compagnie", "Société", "Sociedad", "Sociedade", "Società", "Fundación", "Fundação",
        "Fondation", "Stiftung", "Instituto", "Istituto", "Universidad", "Universidade", "Università", "Universität", "Université", "Partido",
        "Partito", "Partei", "Movimiento", "Movimento", "Asociación", "Associação", "Federación", "Federação", "Confederación", "Clube",
        "Atlético", "Deportivo");

    private static readonly WordSet ForeignConnectors = new(false, "de", "del", "do", "da", "dos", "das", "des", "du", "di", "della", "y", "e", "für", "der");

    private static readonly WordSet OrganisationConnectors = new(false, "of", "for", "on", "and", "the", "&");

    // A law's name runs through these; "between the parties" ends it, as in the annotation guide's treaty names.
    private static readonly WordSet Connectors = new(false, "of", "on", "for", "and", "the", "a", "an", ",", "-", "\u2013", "in", "to");

    private static readonly WordSet StopLeft = new(false, "The", "A", "An", "This", "That", "These", "In", "On", "At", "By", "For", "After", "Before", "During", "Since", "Under", "With", "Its", "Their", "His", "Her", "Our", "Both", "Each", "Every");

    // A number before these counts them and is no law number: "the Moscow Declaration 10 days later".
    private static readonly WordSet CountedNouns = new(true, "days", "day", "weeks", "week", "months", "month", "years", "year", "hours",
        "minutes", "times", "percent", "per", "%", "people", "countries", "states", "members", "pages", "articles");

    private static readonly WordSet YearEventHeads = new(false, "Olympics", "Games", "Olympiad");

    // Words of the names of recurring military exercises, which carry their year: "Vostok-2022", "Joint Sea-2019",
    // "Zapad/Interaction-2021".
    private static readonly WordSet ExerciseWords = new(false, "Vostok", "Zapad", "Tsentr", "Center", "Centre", "Kavkaz", "Grom", "Interaction",
        "Sea", "Mission", "Belt", "Ocean", "Umka", "Shield");

    private static readonly WordSet Numerals = new(false, "I", "II", "III", "IV", "V", "One", "Two", "1", "2");

    public static void Find(Document document, int from, int to, WordSet demonyms, List<EntityCandidate> current, List<EntityCandidate> output)
    {
        var text = document.Text;
        var starts = document.TokenStarts;
        var lengths = document.TokenLengths;
        var floor = from;
        var casing = default(SentenceCasing);
        for (var i = from; i < to; i++)
        {
            casing.Add(text.AsSpan(starts[i], lengths[i]));
        }

        var titleCase = casing.Class is SentenceCasing.Title or SentenceCasing.AllUpper;
        for (var i = from; i < to; i++)
        {
            if (!char.IsUpper(text[starts[i]]) || lengths[i] < 3)
            {
                continue;
            }

            var token = text.AsSpan(starts[i], lengths[i]);
            if (!StopLeft.Contains(token) && !demonyms.Contains(token) && ExerciseEnd(text, starts, lengths, i, to) is var exerciseEnd and > 0)
            {
                output.Add(new EntityCandidate(i, exerciseEnd, "EVENT", 0.8f, null, CandidateSource.NameRule));
                i = exerciseEnd - 1;
                floor = exerciseEnd;
                continue;
            }

            if (!titleCase && LeadingOrganisationHeads.Contains(token) && LeadingHeadEnd(text, starts, lengths, i, to) is var leadEnd && leadEnd > i + 1)
            {
                output.Add(new EntityCandidate(i, leadEnd, "ORG", 0.8f, null, CandidateSource.NameRule));
                i = leadEnd - 1;
                floor = leadEnd;
                continue;
            }

            // "Article 5" of a treaty or charter is a law.
            if (token is "Article" && i + 1 < to && IsArticleNumber(text.AsSpan(starts[i + 1], lengths[i + 1])))
            {
                output.Add(new EntityCandidate(i, i + 2, "LAW", 0.8f, null, CandidateSource.NameRule));
                i++;
                floor = i + 1;
                continue;
            }

            var law = LawHeads.Contains(token) || (token is "Order" && i + 1 < to && IsLawNumber(text.AsSpan(starts[i + 1], lengths[i + 1])));
            var organisation = !law && !EventHeads.Contains(token) && OrganisationHeads.Contains(token) && !titleCase;
            if (!law && !organisation && !EventHeads.Contains(token))
            {
                continue;
            }

            var left = i;
            var stopAtDemonym = organisation && GovernmentHeads.Contains(token);
            while (left - 1 >= floor && i - left < MaxExtension && IsNameToken(text, starts, lengths, left - 1) && !StopLeft.Contains(text.AsSpan(starts[left - 1], lengths[left - 1]))
                && !(stopAtDemonym && demonyms.Contains(text.AsSpan(starts[left - 1], lengths[left - 1]))))
            {
                left--;
                if (left - 2 >= floor && text.AsSpan(starts[left - 1], lengths[left - 1]) is "-" or "\u2013" && IsNameToken(text, starts, lengths, left - 2))
                {
                    left -= 2;
                }
            }

            // "the 2018 World Cup", "the 2002 Commonwealth Games": games keep the year written between "the" and the name;
            // other events do not ("2023" DATE + "Eurasian Economic Forum" EVENT; "In 1945 World War II ended").
            if (!law && !organisation && left - 2 >= floor && IsYear(text.AsSpan(starts[left - 1], lengths[left - 1]))
                && text.AsSpan(starts[left - 2], lengths[left - 2]).Equals("the", StringComparison.OrdinalIgnoreCase)
                && (YearEventHeads.Contains(token) || (token is "Cup" && text.AsSpan(starts[i - 1], lengths[i - 1]) is "World")))
            {
                left--;
            }

            var right = i + 1;
            if (!law && right < to && Numerals.Contains(text.AsSpan(starts[right], lengths[right])))
            {
                right++;
            }

            if (right < to && text.AsSpan(starts[right], lengths[right]) is "of" or "on" or "for"
                && !(organisation && NamesAnotherBody(text, starts, lengths, right + 1, to, GovernmentHeads)))
            {
                var connectors = organisation ? OrganisationConnectors : Connectors;
                var k = right + 1;
                var lastName = -1;
                while (k < to && k - i < MaxExtension)
                {
                    var t = text.AsSpan(starts[k], lengths[k]);
                    if (law && t is "and" && (IsLawHead(text, starts, lengths, k + 1, to) || (k + 1 < to && text.AsSpan(starts[k + 1], lengths[k + 1]) is "the" && IsLawHead(text, starts, lengths, k + 2, to))))
                    {
                        break;
                    }

                    // "Diplomatic Academy of the Russian Foreign Ministry", "Institute of Astronomy of the University of
                    // Cambridge": an of-phrase naming another body (a government department, or a second of-phrase
                    // with an organisation head) is that body, not part of this name.
                    if (organisation && t is "of" && k > right + 1 && NamesAnotherBody(text, starts, lengths, k + 1, to, OrganisationHeads))
                    {
                        break;
                    }

                    // "Agricultural Bank of China and Bank of Communications": "and" before another organisation's head or
                    // an acronym starts a second name.
                    if (organisation && t is "and" && k + 1 < to && (OrganisationHeads.Contains(text.AsSpan(starts[k + 1], lengths[k + 1]))
                        || LeadingOrganisationHeads.Contains(text.AsSpan(starts[k + 1], lengths[k + 1])) || IsAcronym(text.AsSpan(starts[k + 1], lengths[k + 1]))))
                    {
                        break;
                    }

                    if (organisation && (t is "The" or "A" or "An" || PersonTitles.Contains(t) || StartsPerson(current, k)
                        || (t is "and" && k + 1 < to && text.AsSpan(starts[k + 1], lengths[k + 1]) is "the" or "The")))
                    {
                        break;
                    }

                    // A name never runs on into a date: "Treaty of Good-Neighbourliness ... in July", "Forum on Thursday".
                    if (NumericEntityRules.IsCalendarWord(t) && t is not "May")
                    {
                        break;
                    }

                    if (IsNameToken(text, starts, lengths, k))
                    {
                        lastName = k;
                    }
                    else if (!connectors.Contains(t))
                    {
                        break;
                    }

                    k++;
                }

                if (lastName > right)
                {
                    right = lastName + 1;
                }
            }

            if (law && right == i + 1 && right < to && IsLawNumber(text.AsSpan(starts[right], lengths[right]))
                && !(right + 1 < to && CountedNouns.Contains(text.AsSpan(starts[right + 1], lengths[right + 1]))))
            {
                right++;
            }

            if (right - left < 2)
            {
                continue;
            }

            if (left == i && right == i + 1)
            {
                continue;
            }

            var first = text.AsSpan(starts[left], lengths[left]);
            if (first is "Sino" || first is "Russo")
            {
                var hasHyphenName = left + 2 < right && text.AsSpan(starts[left + 1], lengths[left + 1]) is "-";
                if (!hasHyphenName)
                {
                    continue;
                }
            }

            output.Add(new EntityCandidate(left, right, law ? "LAW" : organisation ? "ORG" : "EVENT", 0.8f, null, CandidateSource.NameRule));
            i = right - 1;
            floor = right;
        }
    }

    // The head, then capitalised words, possibly joined by "de", "do", "y" ...: "Banco de la Nación" stops before "la"
    // only when no capitalised word follows it.
    private static int LeadingHeadEnd(string text, int[] starts, int[] lengths, int head, int to)
    {
        var end = head + 1;
        var k = head + 1;
        while (k < to && k - head <= MaxExtension)
        {
            if (IsNameToken(text, starts, lengths, k) && !(text.AsSpan(starts[k], lengths[k]) is "The" or "A" or "An"))
            {
                end = ++k;
            }
            else if (ForeignConnectors.Contains(text.AsSpan(starts[k], lengths[k])) || text.AsSpan(starts[k], lengths[k]) is "la" or "las" or "los" or "le" or "les")
            {
                k++;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    // Up to three capitalised words (joined by spaces or "/"), one of them an exercise word, then "-" and a year
    // written without spaces; returns the end of the year token, or 0.
    private static int ExerciseEnd(string text, int[] starts, int[] lengths, int first, int to)
    {
        var k = first;
        var words = 0;
        var exercise = false;
        while (k < to && words < 3 && IsNameToken(text, starts, lengths, k))
        {
            exercise |= ExerciseWords.Contains(text.AsSpan(starts[k], lengths[k]));
            words++;
            k++;
            if (k + 1 < to && text.AsSpan(starts[k], lengths[k]) is "/" && Touching(starts, lengths, k - 1, k) && Touching(starts, lengths, k, k + 1))
            {
                k++;
            }
        }

        if (!exercise || k + 1 >= to || text.AsSpan(starts[k], lengths[k]) is not ("-" or "\u2013") || !Touching(starts, lengths, k - 1, k) || !Touching(starts, lengths, k, k + 1))
        {
            return 0;
        }

        return IsYear(text.AsSpan(starts[k + 1], lengths[k + 1])) ? k + 2 : 0;
    }

    private static bool IsAcronym(ReadOnlySpan<char> t) => t.Length >= 2 && t.IndexOfAnyExceptInRange('A', 'Z') < 0;

    // "Executive Order 14024", "Resolution 2758", "Act 2023": a law's number or year (1 to 5 digits).
    private static bool IsLawNumber(ReadOnlySpan<char> t) => t.Length is >= 1 and <= 5 && t.IndexOfAnyExceptInRange('0', '9') < 0;

    // "5", "234", "5a".
    private static bool IsArticleNumber(ReadOnlySpan<char> t)
    {
        var digits = t.Length > 0 && char.IsAsciiLetterLower(t[^1]) ? t[..^1] : t;
        return digits.Length is >= 1 and <= 3 && digits.IndexOfAnyExceptInRange('0', '9') < 0;
    }

    // The capitalised words after an "of" (and "the") hold one of the heads.
    private static bool NamesAnotherBody(string text, int[] starts, int[] lengths, int k, int to, WordSet heads)
    {
        if (k < to && text.AsSpan(starts[k], lengths[k]) is "the")
        {
            k++;
        }

        for (; k < to && IsNameToken(text, starts, lengths, k); k++)
        {
            if (heads.Contains(text.AsSpan(starts[k], lengths[k])))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsYear(ReadOnlySpan<char> token) => token.Length == 4 && token[0] is '1' or '2' && token.IndexOfAnyExceptInRange('0', '9') < 0;

    private static bool Touching(int[] starts, int[] lengths, int left, int right) => starts[left] + lengths[left] == starts[right];

    private static bool IsLawHead(string text, int[] starts, int[] lengths, int k, int to) =>
        k < to && LawHeads.Contains(text.AsSpan(starts[k], lengths[k]));

    private static bool StartsPerson(List<EntityCandidate> current, int token)
    {
        foreach (var c in current)
        {
            if (c.TokenStart == token && c.Label == "PERSON" && c.Length >= 2)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNameToken(string text, int[] starts, int[] lengths, int i)
    {
        var c = text[starts[i]];
        return char.IsUpper(c);
    }
}
