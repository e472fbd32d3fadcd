using System.ComponentModel.DataAnnotations;

namespace MfaGrains.Api.Admission;

/// <summary>Admission control of new sign-in challenges on one API instance; bound from <c>Admission</c>.</summary>
public sealed class AdmissionOptions
{
    public const string Section = "Admission";

    /// <summary>Whether new sign-in challenges are admitted against <see cref="MaxInFlight"/>; off, every one is let through.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// New sign-in challenges this instance works on at once, at most; one more is refused 503 at once. The bound is on
    /// issues only: phone answers and outcome reads of sign-ins already admitted are never refused, so they go first.
    /// </summary>
    [Range(1, 100_000)]
    public int MaxInFlight { get; set; } = 256;

    /// <summary>The least the adaptive limit falls to, however slow issues get.</summary>
    [Range(1, 100_000)]
    public int MinInFlight { get; set; } = 4;

    /// <summary>
    /// The issue latency the limit adapts to: issues slower than this lower it (by a tenth), faster ones raise it
    /// back toward <see cref="MaxInFlight"/>. Zero (the default) keeps the limit fixed at <see cref="MaxInFlight"/>:
    /// a cold surge's first sign-ins are slow while grains load, and an adaptive limit refused them.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan TargetLatency { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// Refuse new sign-in challenges while work waits longer than this in the thread pool's queue (the CPU is saturated,
    /// so every request, a refusal included, already waits), whatever the in-flight limit says. Unlike
    /// <see cref="TargetLatency"/> it does not count a cold grain's storage read as overload. Zero (the default) turns
    /// it off, and the queue is then not sampled.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan MaxQueueDelay { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// Admit only the share of new sign-in challenges that holds this instance's CPU near this fraction of its cores
    /// (e.g. 0.85), re-read every 100 ms: below saturation nothing queues for the CPU, so refusals and the next steps of
    /// admitted sign-ins are answered at once. Like <see cref="MaxQueueDelay"/> it does not count a cold grain's storage
    /// read as overload. Zero (the default) turns it off.
    /// </summary>
    [Range(0.0, 1.0)]
    public double TargetCpu { get; set; }

    /// <summary>The <c>Retry-After</c> of a refusal, in seconds.</summary>
    [Range(1, 300)]
    public int RetryAfterSeconds { get; set; } = 2;
}
