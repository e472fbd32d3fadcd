namespace MfaGrains.Cluster.Tests.Traffic;

/// <summary>One HTTP request of the run: its step, which API instance, what came back and when (run time).</summary>
/// <param name="Status">The HTTP status, or null for a transport error or timeout (see <paramref name="Error"/>).</param>
internal sealed record Attempt(string Step, int Api, int? Status, string? Error, TimeSpan StartedAt, TimeSpan EndedAt)
{
    /// <summary>A fault a portal retries: the engine's 5xx, a refused or broken connection, a timeout.</summary>
    public bool IsFault => Status is null or >= 500;

    /// <summary>"500", "503", "transport: HttpRequestException" and so on.</summary>
    public string Outcome => Status?.ToString() ?? "transport: " + Error;
}
