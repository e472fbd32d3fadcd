namespace MfaGrains.Api.Sandbox;

/// <summary>The browser sandbox at <c>/sandbox</c>, bound from <c>Sandbox</c>.</summary>
public sealed class SandboxOptions
{
    public const string Section = "Sandbox";

    /// <summary>Whether <c>/sandbox</c> is served; when unset, only in Development. Outside Development it needs an operator key.</summary>
    public bool? Enabled { get; set; }
}
