using System.ComponentModel.DataAnnotations;

namespace MfaGrains.Grains.Options;

/// <summary>How enrolments behave; bound from <c>Mfa:Enrolment</c>.</summary>
public sealed class EnrolmentOptions
{
    public const string Section = "Mfa:Enrolment";

    /// <summary>How long an enrolment has to reach <c>completed</c>; its activation code lives as long.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Most devices a user may hold, counting active and unverified devices and live enrolments.</summary>
    [Range(1, 50)]
    public int MaxDevicesPerUser { get; set; } = 5;

    /// <summary>How long ended enrolments stay readable before they are pruned from the user's state.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan RetainEndedFor { get; set; } = TimeSpan.FromDays(1);
}
