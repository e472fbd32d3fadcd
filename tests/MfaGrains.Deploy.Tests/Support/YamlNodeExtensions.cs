using YamlDotNet.RepresentationModel;

namespace MfaGrains.Deploy.Tests.Support;

/// <summary>Null-tolerant navigation: a missing key or a node of another shape yields null or nothing.</summary>
internal static class YamlNodeExtensions
{
    public static YamlNode? At(this YamlNode? node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode mapping)
            {
                return null;
            }

            node = mapping.Children.FirstOrDefault(child => child.Key is YamlScalarNode { Value: var name } && name == key).Value;
        }

        return node;
    }

    public static string? Text(this YamlNode? node, params string[] path) => (node.At(path) as YamlScalarNode)?.Value;

    public static IEnumerable<YamlNode> Items(this YamlNode? node) =>
        node is YamlSequenceNode sequence ? sequence.Children : [];

    public static IEnumerable<string> Keys(this YamlNode? node) =>
        node is YamlMappingNode mapping ? mapping.Children.Keys.OfType<YamlScalarNode>().Select(key => key.Value ?? "") : [];

    /// <summary>A string-to-string mapping (labels, environment, ConfigMap data) as a dictionary.</summary>
    public static IReadOnlyDictionary<string, string> Pairs(this YamlNode? node) =>
        node is YamlMappingNode mapping
            ? mapping.Children.ToDictionary(child => ((YamlScalarNode)child.Key).Value ?? "", child => (child.Value as YamlScalarNode)?.Value ?? "")
            : new Dictionary<string, string>();
}
