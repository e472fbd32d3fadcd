namespace MfaGrains.Load.Reporting.Html;

/// <summary>The report's inline style sheet: system fonts only, so the page needs nothing from outside.</summary>
public static class HtmlStyle
{
    public const string Css = """
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #212121; margin: 24px auto; max-width: 1000px; padding: 0 16px; }
        h1 { font-size: 24px; margin: 0 0 12px; }
        h2 { font-size: 20px; margin: 32px 0 8px; border-bottom: 2px solid #e0e0e0; padding-bottom: 4px; }
        h3 { font-size: 16px; margin: 24px 0 8px; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
        dl.facts dt { font-weight: 600; color: #555; }
        dl.facts dd { margin: 0; overflow-wrap: anywhere; }
        code { font: 12.5px ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; background: #f5f5f5; padding: 1px 4px; border-radius: 3px; }
        table { border-collapse: collapse; margin: 4px 0; }
        th, td { padding: 4px 10px; border-bottom: 1px solid #e0e0e0; text-align: left; }
        th { background: #fafafa; font-weight: 600; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        tr.total td { font-weight: 600; }
        .bad { color: #c62828; font-weight: 600; }
        .good { color: #2e7d32; font-weight: 600; }
        svg.chart { display: block; width: 100%; height: auto; margin: 8px 0 16px; }
        svg.chart text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: #424242; }
        svg.chart .chart-title { font-size: 15px; font-weight: 600; fill: #212121; }
        svg.chart .axis-title { font-size: 12.5px; fill: #212121; }
        svg.chart .grid line { stroke: #e6e6e6; stroke-width: 1; }
        svg.chart .axis line { stroke: #424242; stroke-width: 1.2; }
        """;
}
