namespace SinoRussia.Nlp.Entities.Tagging;

internal static class TagScheme
{
    public const int Outside = 0;
    public const int Begin = 0;
    public const int Inside = 1;
    public const int Last = 2;
    public const int Unit = 3;

    public static int TagCount(int labelCount) => 1 + (4 * labelCount);

    public static int Tag(int label, int position) => 1 + (4 * label) + position;

    public static int LabelOf(int tag) => (tag - 1) >> 2;

    public static int PositionOf(int tag) => (tag - 1) & 3;

    public static bool IsAllowed(int from, int to)
    {
        var fromOpen = from > 0 && PositionOf(from) is Begin or Inside;
        var toContinues = to > 0 && PositionOf(to) is Inside or Last;
        if (fromOpen)
        {
            return toContinues && LabelOf(from) == LabelOf(to);
        }

        return !toContinues;
    }

    public static bool IsAllowedStart(int to) => to == 0 || PositionOf(to) is Begin or Unit;

    public static bool IsAllowedEnd(int from) => from == 0 || PositionOf(from) is Last or Unit;

    public static void Encode(ReadOnlySpan<(int Start, int End, int Label)> spans, Span<int> tags)
    {
        tags.Clear();
        foreach (var (start, end, label) in spans)
        {
            if (end - start == 1)
            {
                tags[start] = Tag(label, Unit);
                continue;
            }

            tags[start] = Tag(label, Begin);
            for (var i = start + 1; i < end - 1; i++)
            {
                tags[i] = Tag(label, Inside);
            }

            tags[end - 1] = Tag(label, Last);
        }
    }
}
