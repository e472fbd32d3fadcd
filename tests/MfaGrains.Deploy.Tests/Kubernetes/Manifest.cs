using MfaGrains.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MfaGrains.Deploy.Tests.Kubernetes;

/// <summary>One Kubernetes object from a file under <c>deploy/k8s</c>.</summary>
internal sealed record Manifest(string File, YamlMappingNode Root)
{
    public string? Kind => Root.Text("kind");

    public string? Name => Root.Text("metadata", "name");

    public YamlNode? PodTemplate => Root.At("spec", "template");

    public YamlNode? PodSpec => Root.At("spec", "template", "spec");

    public IReadOnlyDictionary<string, string> PodLabels => Root.At("spec", "template", "metadata", "labels").Pairs();

    public YamlNode Container => Assert.Single(PodSpec.At("containers").Items());

    public override string ToString() => $"{Kind}/{Name} ({File})";
}
