using MfaGrains.Api.Tests.Phones;

namespace MfaGrains.Cluster.Tests.Traffic;

/// <summary>A user whose enrolment the API accepted and completed, with the phone that holds the device key.</summary>
internal sealed record EnrolledUser(string UserId, string EnrolmentId, TestPhone Phone)
{
    public string DeviceId => Phone.DeviceId;
}
