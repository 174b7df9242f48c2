namespace SinoRussia.Samples.Benchmarking;

/// <summary>The garbage collector each <c>bench --scale</c> cell process runs with.</summary>
internal enum ScaleGcMode
{
    /// <summary>Workstation, concurrent (the app's configured mode).</summary>
    Workstation,

    /// <summary>Server: one heap and one GC thread per core.</summary>
    Server,
}
