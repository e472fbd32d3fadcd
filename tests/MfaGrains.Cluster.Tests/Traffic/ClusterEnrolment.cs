using MfaGrains.Api.Tests.EndToEnd;

namespace MfaGrains.Cluster.Tests.Traffic;

/// <summary>
/// Enrols users fully (enrolment → phone activation → test challenge → approve) through both API instances in turn:
/// user n's portal calls go to instance n mod 2 and its phone's to the other.
/// </summary>
internal static class ClusterEnrolment
{
    public static async Task<List<EnrolledUser>> EnrolAsync(ClusterClients clients, string runTag, int users, int concurrency)
    {
        using var slots = new SemaphoreSlim(concurrency);
        var enrolments = Enumerable.Range(0, users).Select(async n =>
        {
            await slots.WaitAsync();
            try
            {
                var userId = $"user{n:000}.{runTag}@cluster.test";
                var portalApi = n % 2;
                var phone = clients.NewPhone();
                var enrolmentId = await PhoneRoute.Via(
                    clients.Apis[ClusterClients.Other(portalApi)], () => Enrolments.EnrolActive(clients.Portals[portalApi], phone, userId));
                return new EnrolledUser(userId, enrolmentId, phone);
            }
            finally
            {
                slots.Release();
            }
        });
        return [.. await Task.WhenAll(enrolments)];
    }
}
