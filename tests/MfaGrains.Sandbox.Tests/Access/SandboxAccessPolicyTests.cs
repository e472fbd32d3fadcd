using MfaGrains.Api.Sandbox;

namespace MfaGrains.Sandbox.Tests.Access;

/// <summary>Where <c>/sandbox</c> is served, and to whom.</summary>
public sealed class SandboxAccessPolicyTests
{
    [Theory]
    [InlineData(true, null, SandboxAccess.Open)]
    [InlineData(true, true, SandboxAccess.Open)]
    [InlineData(true, false, SandboxAccess.Off)]
    [InlineData(false, null, SandboxAccess.Off)]
    [InlineData(false, false, SandboxAccess.Off)]
    [InlineData(false, true, SandboxAccess.OperatorOnly)]
    public void Development_serves_it_openly_and_elsewhere_only_when_enabled_behind_the_operator_key(bool isDevelopment, bool? enabled, SandboxAccess expected) =>
        Assert.Equal(expected, SandboxAccessPolicy.For(isDevelopment, new SandboxOptions { Enabled = enabled }));
}
