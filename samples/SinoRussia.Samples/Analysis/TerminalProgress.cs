using System.Diagnostics;
using System.Globalization;

namespace SinoRussia.Samples.Analysis;

/// <summary>
/// A one-line progress bar with documents/s and ETA, redrawn in place on an interactive terminal. Cleared before
/// report text is written so the two never interleave.
/// </summary>
internal sealed class TerminalProgress
{
    private const int BarWidth = 28;
    private static readonly long RedrawInterval = Stopwatch.Frequency / 10;
    private readonly TextWriter _terminal;
    private readonly int _total;
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _lastDraw;
    private bool _visible;
    private int _done;
    private int _failed;

    public TerminalProgress(TextWriter terminal, int total)
    {
        _terminal = terminal;
        _total = Math.Max(1, total);
    }

    public void Update(int done, int failed, bool force = false)
    {
        _done = done;
        _failed = failed;
        var now = Stopwatch.GetTimestamp();
        if (!force && _visible && now - _lastDraw < RedrawInterval)
        {
            return;
        }

        _lastDraw = now;
        Draw(now);
    }

    public void Clear()
    {
        if (_visible)
        {
            _terminal.Write("\r\u001b[2K");
            _terminal.Flush();
            _visible = false;
        }
    }

    public void Redraw() => Draw(Stopwatch.GetTimestamp());

    private void Draw(long now)
    {
        var elapsed = Stopwatch.GetElapsedTime(_started, now).TotalSeconds;
        var rate = elapsed > 0 ? _done / elapsed : 0;
        var filled = (int)Math.Round(BarWidth * (double)_done / _total);
        var eta = rate > 0 ? TimeSpan.FromSeconds((_total - _done) / rate) : (TimeSpan?)null;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('.', BarWidth - filled)}] {_done}/{_total} documents · {rate:0.0} docs/s · ETA {(eta is { } e ? e.ToString(e.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture) : "?")}{(_failed > 0 ? $" · {_failed} failed" : "")}");
        _terminal.Write("\r\u001b[2K" + line);
        _terminal.Flush();
        _visible = true;
    }
}
