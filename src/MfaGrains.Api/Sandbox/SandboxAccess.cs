namespace MfaGrains.Api.Sandbox;

/// <summary>Whether <c>/sandbox</c> is served, and to whom.</summary>
public enum SandboxAccess
{
    /// <summary>Not mapped: <c>/sandbox</c> is an unknown route.</summary>
    Off,

    /// <summary>Served to anyone who reaches the API: Development only.</summary>
    Open,

    /// <summary>Served behind the operator key (<c>Operations:Keys</c>), as the dashboard is.</summary>
    OperatorOnly,
}

/// <summary>Decides <see cref="SandboxAccess"/> from the environment and <see cref="SandboxOptions"/>.</summary>
public static class SandboxAccessPolicy
{
    /// <summary>Development serves it openly unless it is switched off; anywhere else only when switched on, and then behind the operator key.</summary>
    public static SandboxAccess For(bool isDevelopment, SandboxOptions options) =>
        (isDevelopment, options.Enabled) switch
        {
            (_, false) => SandboxAccess.Off,
            (true, _) => SandboxAccess.Open,
            (false, true) => SandboxAccess.OperatorOnly,
            (false, null) => SandboxAccess.Off,
        };
}
