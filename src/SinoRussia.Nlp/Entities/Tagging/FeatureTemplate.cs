namespace SinoRussia.Nlp.Entities.Tagging;

internal static class FeatureTemplate
{
    public const int Bias = 1;
    public const int Word = 2;
    public const int Lower = 3;
    public const int Shape = 4;
    public const int Prefix = 5;
    public const int Suffix = 6;
    public const int Gazetteer = 7;
    public const int PrevLower = 8;
    public const int PrevShape = 9;
    public const int PrevGazetteer = 10;
    public const int NextLower = 11;
    public const int NextShape = 12;
    public const int NextGazetteer = 13;
    public const int Prev2Lower = 14;
    public const int Next2Lower = 15;
    public const int PrevShapeShape = 16;
    public const int ShapeNextShape = 17;
    public const int PrevLowerLower = 18;
    public const int LowerNextLower = 19;
    public const int FirstShape = 20;
    public const int Suffix2 = 23;
    public const int Suffix4 = 24;
    public const int CommonShape = 25;
    public const int LowerGazetteer = 26;
    public const int PrevLowerGazetteer = 27;
    public const int NextLowerGazetteer = 28;
    public const int SentenceCaseShape = 29;
    public const int PrevWord = 30;
    public const int NextWord = 31;
    public const int Prev2Shape = 32;
    public const int Next2Shape = 33;
    public const int Cluster0 = 34;
    public const int PrevCluster0 = 38;
    public const int NextCluster0 = 40;
    public const int ClusterCount = 4;
    public const int CommonBit = 1 << 30;

    public const int RoleSelf = 0;
    public const int RolePrev = 1;
    public const int RoleNext = 2;
    public const int RolePrev2 = 3;
    public const int RoleNext2 = 4;
    public const int RoleCount = 5;

    private const long Mask = 0xFFFFFFF;

    public static long Key(int template, int a, int b = 0) =>
        ((long)template << 56) | ((a & Mask) << 28) | (b & Mask);
}
