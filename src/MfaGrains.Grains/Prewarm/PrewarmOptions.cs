using System.ComponentModel.DataAnnotations;

namespace MfaGrains.Grains.Prewarm;

/// <summary>How roster pre-warm jobs run; bound from <c>Mfa:Prewarm</c>.</summary>
public sealed class PrewarmOptions
{
    public const string Section = "Mfa:Prewarm";

    /// <summary>How long warmed grains are kept active after the job's window ends: until the surge is over.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "12:00:00")]
    public TimeSpan Hold { get; set; } = TimeSpan.FromMinutes(90);

    /// <summary>Users warmed at once by one job; the spread paces the job, this bounds each step of it.</summary>
    [Range(1, 1024)]
    public int MaxConcurrentWarms { get; set; } = 32;
}
