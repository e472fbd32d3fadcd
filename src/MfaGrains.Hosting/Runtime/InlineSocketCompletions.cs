namespace MfaGrains.Hosting.Runtime;

/// <summary>
/// Runs socket completions on the socket engine's own thread instead of handing each one to the thread pool.
/// </summary>
/// <remarks>
/// On the 2-core box the engine was measured on, the hand-offs' thread wake-ups and context switches were the largest
/// single cost of a sign-in; inlining cut the engine's CPU per sign-in by about a fifth (docs/benchmarks.md). The runtime
/// reads the variable once, when the first socket is made, so this must run first in <c>Main</c>. An operator who sets
/// <c>DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS</c> (to 0 or 1) keeps their choice.
/// </remarks>
public static class InlineSocketCompletions
{
    /// <summary>The runtime's switch for inline socket completions.</summary>
    public const string VariableName = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    /// <summary>Turns inline completions on unless the environment already says otherwise.</summary>
    public static void EnableUnlessConfigured()
    {
        if (Environment.GetEnvironmentVariable(VariableName) is null)
        {
            Environment.SetEnvironmentVariable(VariableName, "1");
        }
    }
}
