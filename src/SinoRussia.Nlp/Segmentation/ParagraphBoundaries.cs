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

        var gaps = new byte[count];
        var hasBlankLine = false;
        for (var i = 1; i < count; i++)
        {
            var from = starts[i - 1] + lengths[i - 1];
            if (from == starts[i])
            {
                continue;
            }

            var newlines = NewlinesBetween(text, from, starts[i]);
            gaps[i] = (byte)Math.Min(newlines, 2);
            hasBlankLine |= newlines >= 2;
        }

        var threshold = hasBlankLine ? 2 : 1;
        var first = 0;
        for (var i = 1; i < count; i++)
        {
            if (gaps[i] >= threshold)
            {
                ranges.Add(new TokenRange(first, i));
                first = i;
            }
        }

        ranges.Add(new TokenRange(first, count));
        return ranges;
    }
}
