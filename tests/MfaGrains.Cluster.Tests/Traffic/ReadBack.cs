using System.Net;
using System.Text.Json;
using MfaGrains.Api.Tests.EndToEnd;

namespace MfaGrains.Cluster.Tests.Traffic;

/// <summary>Reads back, through both instances in turn, what the cluster accepted; returns what is missing or changed.</summary>
internal sealed class ReadBack(ClusterClients clients, AttemptLog log)
{
    private readonly OnceRetried _send = new(log);

    /// <summary>Each user lists its device as active, and its enrolment reads completed.</summary>
    public async Task<List<string>> EnrolmentsAsync(IReadOnlyList<EnrolledUser> users, int concurrency)
    {
        var problems = await ForEach(users, concurrency, async (user, api) =>
        {
            var account = await Read("account", api, TestPortal.Users(user.UserId));
            var device = account?.GetProperty("devices").EnumerateArray().FirstOrDefault(d => d.GetProperty("deviceId").GetString() == user.DeviceId);
            if (device?.GetProperty("status").GetString() != "active")
            {
                return $"{user.UserId}: device {user.DeviceId} not listed as active ({account?.ToString() ?? "unreadable"})";
            }

            var enrolment = await Read("enrolment", api, $"{TestPortal.Users(user.UserId)}/enrolments/{user.EnrolmentId}");
            var status = enrolment?.GetProperty("status").GetString();
            return status == "completed" ? null : $"{user.UserId}: enrolment {user.EnrolmentId} reads {status ?? "unreadable"}";
        });
        return problems;
    }

    /// <summary>Each challenge reads back with the status the run saw it resolve to.</summary>
    public Task<List<string>> ChallengesAsync(IReadOnlyList<(EnrolledUser User, string ChallengeId, string Status)> resolved, int concurrency) =>
        ForEach(resolved, concurrency, async (challenge, api) =>
        {
            var read = await Read("challenge", api, $"{TestPortal.Users(challenge.User.UserId)}/challenges/{challenge.ChallengeId}");
            var status = read?.GetProperty("status").GetString();
            return status == challenge.Status ? null : $"{challenge.User.UserId}: {challenge.ChallengeId} was {challenge.Status}, reads {status ?? "unreadable"}";
        });

    private async Task<JsonElement?> Read(string step, int api, string path)
    {
        using var response = await _send.SendAsync("read-" + step, api, () => clients.Portals[api].Send(HttpMethod.Get, path));
        return response?.StatusCode == HttpStatusCode.OK
            ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone()
            : null;
    }

    private static async Task<List<string>> ForEach<T>(IReadOnlyList<T> items, int concurrency, Func<T, int, Task<string?>> check)
    {
        using var slots = new SemaphoreSlim(concurrency);
        var results = await Task.WhenAll(items.Select(async (item, i) =>
        {
            await slots.WaitAsync();
            try
            {
                return await check(item, i % 2);
            }
            finally
            {
                slots.Release();
            }
        }));
        return [.. results.OfType<string>()];
    }
}
