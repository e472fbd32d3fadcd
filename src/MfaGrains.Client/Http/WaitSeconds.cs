using System.Globalization;

namespace MfaGrains.Client.Http;

/// <summary>The contract's <c>?waitSeconds=N</c>: whole seconds, 0-30.</summary>
internal static class WaitSeconds
{
    public const int Max = 30;

    public static string Format(TimeSpan wait)
    {
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        return seconds is >= 0 and <= Max
            ? seconds.ToString(CultureInfo.InvariantCulture)
            : throw new ArgumentOutOfRangeException(nameof(wait), wait, "The engine holds a long-poll 0-30 whole seconds.");
    }
}
