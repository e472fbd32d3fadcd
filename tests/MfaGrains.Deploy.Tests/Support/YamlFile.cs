using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MfaGrains.Deploy.Tests.Support;

/// <summary>Loads every document of a YAML file, with <c>&lt;&lt;: *anchor</c> merge keys expanded as compose expands them.</summary>
internal static class YamlFile
{
    public static IReadOnlyList<YamlMappingNode> Load(string path)
    {
        using var reader = File.OpenText(path);
        var stream = new YamlStream();
        stream.Load(new MergingParser(new Parser(reader)));
        return stream.Documents
            .Select(document => document.RootNode as YamlMappingNode
                ?? throw new InvalidDataException($"{path}: a document is not a mapping."))
            .ToList();
    }
}
