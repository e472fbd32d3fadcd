using System.Globalization;
using System.Text.RegularExpressions;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>One sample of a Prometheus text exposition: the series name, its labels and its value.</summary>
public sealed record PrometheusSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value)
{
    public bool Has(params (string Name, string Value)[] labels) =>
        labels.All(l => Labels.TryGetValue(l.Name, out var value) && value == l.Value);
}

/// <summary>A scrape of <c>/metrics</c>, parsed just enough to find series by name and labels.</summary>
public sealed partial class PrometheusScrape(string text, IReadOnlyList<PrometheusSample> samples)
{
    public string Text { get; } = text;

    public IReadOnlyList<PrometheusSample> Samples { get; } = samples;

    public static async Task<PrometheusScrape> FetchAsync(HttpClient http)
    {
        using var response = await http.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET /metrics answered {(int)response.StatusCode}: {text}");
        return Parse(text);
    }

    public static PrometheusScrape Parse(string text) => new(text, text
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Where(line => !line.StartsWith('#'))
        .Select(ParseLine)
        .ToList());

    public IEnumerable<PrometheusSample> Named(string name) => Samples.Where(s => s.Name == name);

    /// <summary>The sum of a series' samples that carry the given labels (other labels, such as the scope's, may differ).</summary>
    public double Sum(string name, params (string Name, string Value)[] labels) => Named(name).Where(s => s.Has(labels)).Sum(s => s.Value);

    private static PrometheusSample ParseLine(string line)
    {
        var match = Sample().Match(line);
        Assert.True(match.Success, $"Not a Prometheus sample line: {line}");
        var labels = LabelPair().Matches(match.Groups["labels"].Value)
            .ToDictionary(m => m.Groups["name"].Value, m => Regex.Unescape(m.Groups["value"].Value));
        var value = match.Groups["value"].Value switch
        {
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            var number => double.Parse(number, CultureInfo.InvariantCulture),
        };
        return new PrometheusSample(match.Groups["name"].Value, labels, value);
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>\S+)(\s+-?\d+)?$")]
    private static partial Regex Sample();

    [GeneratedRegex(@"(?<name>[a-zA-Z_][a-zA-Z0-9_]*)=""(?<value>(?:[^""\\]|\\.)*)""")]
    private static partial Regex LabelPair();
}
