using System.Text;
using MfaGrains.Load.Engine;

namespace MfaGrains.Load.Reporting;

/// <summary>The report's CSV files: totals per step, errors, and the per-second time series (the input of later plots).</summary>
public static class CsvReport
{
    public static string Summary(IEnumerable<ScenarioResult> results)
    {
        var csv = new StringBuilder("scenario,step,count,ok,fail,rps,ok_rps,p50_ms,p90_ms,p99_ms,max_ms,mean_ms\n");
        foreach (var result in results)
        {
            foreach (var step in new[] { result.EndToEnd }.Concat(result.Steps))
            {
                var name = ReferenceEquals(step, result.EndToEnd) ? "(end to end)" : step.Name;
                var latency = step.OkLatency;
                csv.AppendLine(Row(result.Scenario, name, step.Count, step.Ok, step.Fail, Format.Rate(step.Rps), Format.Rate(step.OkRps),
                    Format.Ms(latency.P50), Format.Ms(latency.P90), Format.Ms(latency.P99), Format.Ms(latency.Max), Format.Ms(latency.Mean)));
            }
        }

        return csv.ToString();
    }

    public static string Errors(IEnumerable<ScenarioResult> results)
    {
        var csv = new StringBuilder("scenario,step,status,code,count,example\n");
        foreach (var result in results)
        {
            foreach (var (step, error) in SummaryTable.Errors(result))
            {
                csv.AppendLine(Row(result.Scenario, step, error.Key.StatusCode, error.Key.Code, error.Count, error.Example ?? ""));
            }
        }

        return csv.ToString();
    }

    public static string Timeline(IEnumerable<ScenarioResult> results)
    {
        var csv = new StringBuilder("scenario,at_s,length_s,step,ok,fail,p50_ms,p99_ms,max_ms,in_flight\n");
        foreach (var result in results)
        {
            foreach (var point in result.Timeline)
            {
                foreach (var step in new[] { point.EndToEnd }.Concat(point.Steps))
                {
                    var name = ReferenceEquals(step, point.EndToEnd) ? "(end to end)" : step.Name;
                    csv.AppendLine(Row(result.Scenario, Format.SecondsValue(point.At), Format.SecondsValue(point.Length), name,
                        step.Ok, step.Fail, Format.Ms(step.Latency.P50), Format.Ms(step.Latency.P99), Format.Ms(step.Latency.Max), point.InFlight));
                }
            }
        }

        return csv.ToString();
    }

    private static string Row(params object[] cells) => string.Join(',', cells.Select(cell => Escape(Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture) ?? "")));

    /// <summary>RFC 4180: quote a cell holding a comma, quote or line break, doubling its quotes.</summary>
    private static string Escape(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
