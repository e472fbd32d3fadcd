using MfaGrains.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MfaGrains.Deploy.Tests.Kubernetes;

/// <summary>Every YAML file under <c>deploy/k8s</c>, parsed once.</summary>
internal static class KubernetesManifests
{
    public const string Namespace = "mfagrains";

    public static string Folder => RepositoryRoot.Combine("deploy", "k8s");

    public static IEnumerable<string> FileNames =>
        Directory.EnumerateFiles(Folder, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(Folder, path))
            .Order(StringComparer.Ordinal);

    private static readonly Lazy<IReadOnlyList<Manifest>> Loaded = new(() => FileNames
        .SelectMany(file => YamlFile.Load(Path.Combine(Folder, file)).Select(root => new Manifest(file, root)))
        .ToList());

    public static IReadOnlyList<Manifest> All => Loaded.Value;

    public static Manifest Single(string kind, string name)
    {
        var matches = All.Where(manifest => manifest.Kind == kind && manifest.Name == name).ToList();
        Assert.True(matches.Count == 1, $"Expected exactly one {kind}/{name} under deploy/k8s, found {matches.Count}.");
        return matches[0];
    }

    /// <summary>The workload (Deployment or StatefulSet) whose pods carry <c>app.kubernetes.io/component</c> = <paramref name="component"/>.</summary>
    public static Manifest Workload(string component)
    {
        var matches = All
            .Where(manifest => manifest.Kind is "Deployment" or "StatefulSet")
            .Where(manifest => manifest.PodLabels.GetValueOrDefault("app.kubernetes.io/component") == component)
            .ToList();
        Assert.True(matches.Count == 1, $"Expected one Deployment or StatefulSet for the {component} pods, found {matches.Count}.");
        return matches[0];
    }

    public static IReadOnlyDictionary<string, string> ConfigMapData => Single("ConfigMap", "mfagrains-config").Root.At("data").Pairs();

    /// <summary>The container port a probe's <c>port</c> names (a number or a named container port).</summary>
    public static int ProbePort(YamlNode container, YamlNode probe)
    {
        var port = probe.Text("httpGet", "port") ?? throw new InvalidDataException("The probe has no httpGet port.");
        if (int.TryParse(port, out var number))
        {
            return number;
        }

        var named = container.At("ports").Items().Single(item => item.Text("name") == port);
        return int.Parse(named.Text("containerPort")!);
    }

    /// <summary>The container's <c>env</c> entries by name: a value, or the downward-API field / secret key it comes from.</summary>
    public static IReadOnlyDictionary<string, YamlNode> Environment(YamlNode container) =>
        container.At("env").Items().ToDictionary(item => item.Text("name")!, item => item);
}
