using System.Text.Json;
using System.Text.RegularExpressions;
using MfaGrains.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MfaGrains.Deploy.Tests.Monitoring;

/// <summary>deploy/prometheus and deploy/grafana, parsed once.</summary>
internal static partial class MonitoringFiles
{
    public const string SiloJob = "mfagrains-silo";
    public const string ApiJob = "mfagrains-api";

    public static string PrometheusConfigPath => RepositoryRoot.Combine("deploy", "prometheus", "prometheus.yml");

    public static string AlertsPath => RepositoryRoot.Combine("deploy", "prometheus", "alerts.yml");

    public static string AlertTestsPath => RepositoryRoot.Combine("deploy", "prometheus", "alerts.test.yml");

    public static YamlMappingNode PrometheusConfig => Assert.Single(YamlFile.Load(PrometheusConfigPath));

    public static YamlMappingNode Alerts => Assert.Single(YamlFile.Load(AlertsPath));

    public static YamlMappingNode GrafanaDataSources =>
        Assert.Single(YamlFile.Load(RepositoryRoot.Combine("deploy", "grafana", "provisioning", "datasources", "prometheus.yml")));

    public static YamlMappingNode GrafanaDashboardProviders =>
        Assert.Single(YamlFile.Load(RepositoryRoot.Combine("deploy", "grafana", "provisioning", "dashboards", "mfagrains.yml")));

    public static IReadOnlyList<string> DashboardPaths =>
        Directory.GetFiles(RepositoryRoot.Combine("deploy", "grafana", "dashboards"), "*.json").Order(StringComparer.Ordinal).ToList();

    public static JsonElement Dashboard(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();

    /// <summary>Every alerting rule of every group.</summary>
    public static IReadOnlyList<YamlNode> AlertRules =>
        Alerts.At("groups").Items().SelectMany(group => group.At("rules").Items()).Where(rule => rule.Text("alert") is not null).ToList();

    /// <summary>The targets of a scrape job, as host:port.</summary>
    public static IEnumerable<string> Targets(string job) =>
        PrometheusConfig.At("scrape_configs").Items()
            .Where(scrape => scrape.Text("job_name") == job)
            .SelectMany(scrape => scrape.At("static_configs").Items())
            .SelectMany(config => config.At("targets").Items())
            .Select(target => target.Text() ?? "");

    /// <summary>The names of the series a PromQL expression reads (mfagrains_*, orleans_*, http_*, up).</summary>
    public static IEnumerable<string> SeriesNames(string expression) =>
        SeriesName().Matches(expression).Select(match => match.Value).Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"\b(mfagrains|orleans|http_server|dotnet|kestrel)_[a-z0-9_]+|\bup\b")]
    private static partial Regex SeriesName();
}
