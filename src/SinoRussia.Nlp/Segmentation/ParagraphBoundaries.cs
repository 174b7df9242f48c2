using SinoRussia.Nlp.Documents;

namespace SinoRussia.Nlp.Segmentation;

internal static class ParagraphBoundaries
{
    public static int NewlinesBetween(string text, int from, int to)
    {
        var count = 0;
        for (var k = from; k < to; k++)
        {
            var c = text[k];
            if (c == '\n' || c == '\u2029' || c == '\u2028' || (c == '\r' && (k + 1 >= to || text[k + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }

    public static List<TokenRange> Compute(Document document)
    {
        var starts = document.TokenStarts;
        var lengths = document.TokenLengths;
        var count = document.TokenCount;
        var text = document.Text;
        var ranges = new List<TokenRange>();
        if (count == 0)
        {
            return ranges;
        }

        var hasBlankLine = false;
        for (var i = 1; i < count && !hasBlankLine; i++)
        {
            hasBlankLine = NewlinesBetween(text, starts[i - 1] + lengths[i - 1], starts[i]) >= 2;
        }

        var threshold = hasBlankLine ? 2 : 1;
        var first = 0;
        for (var i = 1; i < count; i++)
        {
            if (NewlinesBetween(text, starts[i - 1] + lengths[i - 1], starts[i]) >= threshold)
            {
                ranges.Add(new TokenRange(first, i));
                first = i;
            }
        }

        ranges.Add(new TokenRange(first, count));
        return ranges;
    }
}
