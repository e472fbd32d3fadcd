using System.Globalization;

namespace MfaGrains.Hosting.Storage.Audit;

/// <summary>
/// How SQLite's <c>MfaAudit.At</c> holds a time: UTC text of fixed width, so that comparing the text orders by time
/// (the purge's <c>At &lt; @olderThan</c>) and people reading the table see a plain timestamp.
/// </summary>
internal static class AuditTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string ToText(DateTimeOffset at) => at.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset FromText(string text) =>
        DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
