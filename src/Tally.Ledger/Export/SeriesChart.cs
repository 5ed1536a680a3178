using ScottPlot;
using Tally.Claims;
using Tally.Ledger.Analysis;

namespace Tally.Ledger.Export;

/// <summary>
/// Draws a <see cref="SeriesResult"/> with ScottPlot: one line per first source, each figure at the
/// middle of its interval, with an error bar over what its hedge allows. "At least" and "at most"
/// figures have no far end, so their bar shows a tenth of the value in the open direction.
/// </summary>
public static class SeriesChart
{
    /// <summary>How long a one-sided bar is, relative to its value: enough to see the direction.</summary>
    public const double OpenBarFraction = 0.1;

    /// <summary>Saves the chart as PNG or SVG, chosen by the path's extension (.svg, else PNG).</summary>
    public static void Save(SeriesResult series, string path, int width = 1000, int height = 600)
    {
        var plot = new Plot();
        foreach (var line in series.Lines)
        {
            var xs = line.Points.Select(p => p.Day.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
            var ys = line.Points.Select(p => (double)p.Value).ToArray();
            var scatter = plot.Add.Scatter(xs, ys);
            scatter.LegendText = line.Country is null ? line.Source : $"{line.Source} ({line.Country})";
            var (below, above) = (line.Points.Select(Below).ToArray(), line.Points.Select(Above).ToArray());
            var bars = new ScottPlot.Plottables.ErrorBar(xs, ys, null, null, above, below) { LineColor = scatter.Color };
            plot.Add.Plottable(bars);
        }
        plot.Axes.DateTimeTicksBottom();
        plot.Title($"{series.Measure.Name()}{(series.Actor is null ? "" : " of " + series.Actor)} by source");
        plot.YLabel(series.Measure.Name());
        plot.ShowLegend();
        if (Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase)) plot.SaveSvg(path, width, height);
        else plot.SavePng(path, width, height);
    }

    private static double Below(SeriesPoint p) =>
        p.Hedge == Hedge.AtMost ? (double)p.Value * OpenBarFraction : (double)(p.Value - p.Allowed.Low);

    private static double Above(SeriesPoint p) =>
        p.Allowed.High is { } high ? (double)(high - p.Value) : (double)p.Value * OpenBarFraction;
}
