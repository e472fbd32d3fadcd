using MfaGrains.Api.Hosting;

namespace MfaGrains.Api.Tests.Architecture;

/// <summary>The API depends on the grain contracts and hosting's public extensions, never on the grains themselves.</summary>
public sealed class ApiDependencyTests
{
    [Fact]
    public void The_api_assembly_does_not_reference_the_grains_assembly()
    {
        var referenced = typeof(ApiHostingExtensions).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.Contains("MfaGrains.Contracts", referenced);
        Assert.DoesNotContain("MfaGrains.Grains", referenced);
    }
}
