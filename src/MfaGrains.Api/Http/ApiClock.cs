namespace MfaGrains.Api.Http;

/// <summary>
/// The service key of the API's clock (retry hints, signature freshness). Keyed like the grains' domain clock, so a test
/// can move both without touching the unkeyed <see cref="TimeProvider"/> that Orleans' own timers use.
/// </summary>
public static class ApiClock
{
    public const string Key = "api";
}
