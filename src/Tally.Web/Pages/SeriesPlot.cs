using System.Globalization;
using Tally.Claims;
using Tally.Web.Analysis;

namespace Tally.Web.Pages;

/// <summary>One plotted figure: where it sits, its error bar (open at the top for "at least"), the claim it shows on hover, and its evidence link.</summary>
public sealed record PlotPoint(double X, double Y, double BarLow, double BarHigh, bool OpenTop, string Title, string Href);

public sealed record PlotLine(string Label, string Color, IReadOnlyList<PlotPoint> Points)
{
    /// <summary>The SVG polyline's points attribute.</summary>
    public string Path => string.Join(' ', Points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")));
}

public sealed record PlotTick(double At, string Label);

/// <summary>
/// A series laid out as an SVG chart: days across, figures up, one coloured line per first source,
/// each point with an error bar from the low to the high value its hedge allows. Pure layout; the
/// page draws it, so no script is needed and hovering shows each point's SVG title.
/// </summary>
public sealed record SeriesPlot(int Width, int Height, double Left, double Right, double Top, double Bottom,
    IReadOnlyList<PlotLine> Lines, IReadOnlyList<PlotTick> XTicks, IReadOnlyList<PlotTick> YTicks)
{
    private static readonly string[] Palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"];

    public static SeriesPlot Build(SeriesView view, int width = 860, int height = 380)
    {
        const double left = 70, right = 20, top = 20, bottom = 40;
        var points = view.Series.Lines.SelectMany(l => l.Points).ToList();
        var days = points.Select(p => p.Day.DayNumber).DefaultIfEmpty(0).ToList();
        int firstDay = days.Min(), lastDay = Math.Max(days.Max(), firstDay + 1);
        // Open-ended bars reach the top of the chart, so the scale follows the finite ends only.
        decimal max = points.Select(p => p.Allowed.High ?? p.High).DefaultIfEmpty(1).Max();
        double yMax = (double)(max <= 0 ? 1 : max) * 1.1;
        double plotW = width - left - right, plotH = height - top - bottom;
        double X(int day) => left + (day - firstDay) * plotW / (lastDay - firstDay);
        double Y(decimal v) => top + plotH - (double)v / yMax * plotH;

        var lines = view.Series.Lines.Select((line, i) => new PlotLine(
            line.Country is null ? line.Source : $"{line.Source} ({line.Country})",
            Palette[i % Palette.Length],
            [.. line.Points.Select(p =>
            {
                var stored = view.Stored[p.Claim];
                var title = $"{p.Claim.Figure.Text} ({p.Hedge.Name()}) on {Fmt.Day(p.Day)}, according to {Fmt.Chain(p.Claim)}; {stored.DocumentName}: {stored.EvidenceText}";
                return new PlotPoint(X(p.Day.DayNumber), Y(p.Value), Y(p.Allowed.Low), p.Allowed.High is { } h ? Y(h) : top, p.Allowed.High is null, title, Fmt.EvidenceLink(stored));
            })])).ToList();

        var xTicks = Enumerable.Range(0, 5).Select(i => firstDay + (lastDay - firstDay) * i / 4).Distinct()
            .Select(d => new PlotTick(X(d), DateOnly.FromDayNumber(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).ToList();
        var yTicks = Enumerable.Range(0, 6).Select(i => (decimal)(yMax * i / 5))
            .Select(v => new PlotTick(Y(v), Fmt.Number(Math.Round(v)))).ToList();
        return new SeriesPlot(width, height, left, width - right, top, height - bottom, lines, xTicks, yTicks);
    }
}
