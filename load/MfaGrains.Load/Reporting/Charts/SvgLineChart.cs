using System.Globalization;
using System.Text;
using MfaGrains.Load.Reporting.Html;

namespace MfaGrains.Load.Reporting.Charts;

/// <summary>Draws a <see cref="LineChart"/> as inline SVG: title, grid, labelled ticks, axis titles, the lines (the first on top) and a legend below.</summary>
public static class SvgLineChart
{
    private const double Width = 960;
    private const double Left = 76;
    private const double Right = 24;
    private const double Top = 40;
    private const double PlotHeight = 260;
    private const double LegendRow = 20;

    /// <summary>Roughly how wide one character of 12 px text is, to lay out the legend without measuring.</summary>
    private const double CharWidth = 7;

    public static string Render(LineChart chart)
    {
        const double plotWidth = Width - Left - Right;
        const double bottom = Top + PlotHeight;
        var legend = LayOutLegend(chart.Series, plotWidth);
        var height = bottom + 56 + (legend.Count == 0 ? 0 : (legend.Max(item => item.Row) + 1) * LegendRow);
        double X(double value) => Left + chart.X.Fraction(value) * plotWidth;
        double Y(double value) => bottom - chart.Y.Fraction(value) * PlotHeight;

        var id = HtmlText.Escape(chart.Id);
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart\" id=\"{id}\" viewBox=\"0 0 {N(Width)} {N(height)}\" role=\"img\" aria-labelledby=\"{id}-title\">\n");
        svg.Append($"<title id=\"{id}-title\">{HtmlText.Escape(chart.Title)}</title>\n");
        svg.Append($"<text class=\"chart-title\" x=\"{N(Width / 2)}\" y=\"22\" text-anchor=\"middle\">{HtmlText.Escape(chart.Title)}</text>\n");

        svg.Append("<g class=\"grid\">\n");
        foreach (var tick in chart.Y.Ticks)
        {
            var y = Y(tick.Value);
            svg.Append($"<line x1=\"{N(Left)}\" y1=\"{N(y)}\" x2=\"{N(Left + plotWidth)}\" y2=\"{N(y)}\" />");
            svg.Append($"<text class=\"tick\" x=\"{N(Left - 8)}\" y=\"{N(y + 4)}\" text-anchor=\"end\">{HtmlText.Escape(tick.Label)}</text>\n");
        }

        foreach (var tick in chart.X.Ticks)
        {
            var x = X(tick.Value);
            svg.Append($"<line x1=\"{N(x)}\" y1=\"{N(Top)}\" x2=\"{N(x)}\" y2=\"{N(bottom)}\" />");
            svg.Append($"<text class=\"tick\" x=\"{N(x)}\" y=\"{N(bottom + 18)}\" text-anchor=\"middle\">{HtmlText.Escape(tick.Label)}</text>\n");
        }

        svg.Append("</g>\n");
        // The first series matters most: drawn last, it stays on top where lines meet.
        foreach (var series in chart.Series.Reverse())
        {
            AppendSeries(svg, series, X, Y);
        }

        svg.Append($"<g class=\"axis\"><line x1=\"{N(Left)}\" y1=\"{N(Top)}\" x2=\"{N(Left)}\" y2=\"{N(bottom)}\" />");
        svg.Append($"<line x1=\"{N(Left)}\" y1=\"{N(bottom)}\" x2=\"{N(Left + plotWidth)}\" y2=\"{N(bottom)}\" /></g>\n");
        svg.Append($"<text class=\"axis-title\" x=\"{N(Left + plotWidth / 2)}\" y=\"{N(bottom + 40)}\" text-anchor=\"middle\">{HtmlText.Escape(chart.X.Title)}</text>\n");
        svg.Append($"<text class=\"axis-title\" transform=\"translate(18 {N(Top + PlotHeight / 2)}) rotate(-90)\" text-anchor=\"middle\">{HtmlText.Escape(chart.Y.Title)}</text>\n");

        svg.Append("<g class=\"legend\">\n");
        foreach (var item in legend)
        {
            var y = bottom + 62 + item.Row * LegendRow;
            var x = Left + item.Offset;
            svg.Append($"<line x1=\"{N(x)}\" y1=\"{N(y - 4)}\" x2=\"{N(x + 24)}\" y2=\"{N(y - 4)}\" stroke=\"{HtmlText.Escape(item.Series.Colour)}\" stroke-width=\"{N(Math.Max(item.Series.Width, 2))}\"{Dash(item.Series)} />");
            svg.Append($"<text x=\"{N(x + 30)}\" y=\"{N(y)}\">{HtmlText.Escape(item.Series.Name)}</text>\n");
        }

        svg.Append("</g>\n</svg>");
        return svg.ToString();
    }

    /// <summary>One series as a group of polylines, one per unbroken run of points; a lone point is a dot so it is not lost.</summary>
    private static void AppendSeries(StringBuilder svg, ChartSeries series, Func<double, double> x, Func<double, double> y)
    {
        var colour = HtmlText.Escape(series.Colour);
        svg.Append($"<g class=\"series\" data-name=\"{HtmlText.Escape(series.Name)}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"{N(series.Width)}\" stroke-linejoin=\"round\"{Dash(series)}>\n");
        var run = new List<(double X, double Y)>();
        foreach (var point in series.Points.Append(new ChartPoint(double.NaN, null)))
        {
            if (point.Y is { } value)
            {
                run.Add((x(point.X), y(value)));
                continue;
            }

            if (run.Count == 1)
            {
                svg.Append($"<circle cx=\"{N(run[0].X)}\" cy=\"{N(run[0].Y)}\" r=\"2.5\" fill=\"{colour}\" stroke=\"none\" />\n");
            }
            else if (run.Count > 1)
            {
                svg.Append($"<polyline points=\"{string.Join(' ', run.Select(p => N(p.X) + "," + N(p.Y)))}\" />\n");
            }

            run.Clear();
        }

        svg.Append("</g>\n");
    }

    /// <summary>Legend entries left to right, wrapping onto a new row when the plot's width is used up.</summary>
    private static List<(ChartSeries Series, double Offset, int Row)> LayOutLegend(IReadOnlyList<ChartSeries> series, double width)
    {
        var items = new List<(ChartSeries, double, int)>();
        double offset = 0;
        var row = 0;
        foreach (var line in series)
        {
            var itemWidth = 30 + line.Name.Length * CharWidth + 24;
            if (offset > 0 && offset + itemWidth > width)
            {
                offset = 0;
                row++;
            }

            items.Add((line, offset, row));
            offset += itemWidth;
        }

        return items;
    }

    private static string Dash(ChartSeries series) => series.Dashed ? " stroke-dasharray=\"6 4\"" : "";

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
