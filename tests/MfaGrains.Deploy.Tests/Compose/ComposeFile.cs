using MfaGrains.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MfaGrains.Deploy.Tests.Compose;

/// <summary>The root docker-compose.yml, merge keys expanded.</summary>
internal static class ComposeFile
{
    public static string Path => RepositoryRoot.Combine("docker-compose.yml");

    private static readonly Lazy<YamlMappingNode> Loaded = new(() => Assert.Single(YamlFile.Load(Path)));

    public static YamlMappingNode Root => Loaded.Value;

    public static YamlNode Service(string name) =>
        Root.At("services", name) ?? throw new Xunit.Sdk.XunitException($"docker-compose.yml has no service {name}.");

    public static IReadOnlyDictionary<string, string> Environment(string service) => Service(service).At("environment").Pairs();
}
