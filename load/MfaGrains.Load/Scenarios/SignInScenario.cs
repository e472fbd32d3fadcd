using MfaGrains.Client;
using MfaGrains.Load.Engine;
using MfaGrains.Load.Http;
using MfaGrains.Load.Phones;
using MfaGrains.Load.Portal;
using MfaGrains.Load.Users;

namespace MfaGrains.Load.Scenarios;

/// <summary><c>signin</c>: the portal issues a challenge → the phone long-polls its pending list → approves with the number →
/// the portal long-polls the outcome, which must be <c>approved</c>. Each iteration holds one seeded user to itself.
/// The surges run the same iteration under their own <paramref name="name"/>; <c>cold-surge</c> with each user once.</summary>
public sealed class SignInScenario(
    TargetClients targets,
    PortalCalls portal,
    Func<ScenarioInitContext, Task<IReadOnlyList<SeededUser>>> loadUsers,
    double peakRate,
    string name = SignInScenario.Name,
    UserReuse reuse = UserReuse.LeastRecentlyUsed)
{
    public const string Name = "signin";

    /// <summary>The <c>?waitSeconds=</c> of both long-polls.</summary>
    public const int WaitSeconds = 5;

    /// <summary>The engine's default: 5 sign-ins per user per 5 minutes, so a user can be reused about once a minute.</summary>
    private static readonly TimeSpan DefaultReuseInterval = TimeSpan.FromMinutes(1);

    private UserPool? pool;

    public Scenario Build() => Scenario.Create(name, RunAsync).WithInit(InitAsync);

    private async Task InitAsync(ScenarioInitContext context)
    {
        pool = new UserPool(await loadUsers(context), reuse);
        if (reuse == UserReuse.Once)
        {
            context.Log($"{name}: {pool.Count} users, each signs in at most once");
            return;
        }

        var every = TimeSpan.FromSeconds(pool.Count / Math.Max(peakRate, 1e-9));
        context.Log($"{name}: {pool.Count} users; at {peakRate:0.#}/s each signs in about every {every.TotalSeconds:0.#} s");
        if (every < DefaultReuseInterval)
        {
            context.Log($"warning: the engine's default limit (5 sign-ins per user per 5 minutes) needs at least {Math.Ceiling(peakRate * 60):0} users at this rate, "
                + "or a raised Mfa:Limits:SignInsPerWindow / SignInWindow; otherwise expect 429 too_many_challenges");
        }
    }

    private async Task<Response> RunAsync(ScenarioContext context)
    {
        using var lease = pool!.TryLease();
        if (lease is null)
        {
            var why = reuse == UserReuse.Once ? "have signed in once or are in a sign-in" : "are in a sign-in";
            return Response.Fail(Response.NoStatus, "no_free_user", $"all {pool.Count} users {why}; seed more users");
        }

        var http = targets.Next();
        var user = lease.User;
        var phone = user.Phone(http);
        var cancel = context.CancellationToken;
        var challenge = await Step.Run("issue", context, () => portal.IssueChallengeAsync(http, user.UserId, cancel));
        await Step.Run("pending", context, () => PhoneCalls.FindPendingAsync(phone, challenge.ChallengeId, WaitSeconds, cancel));
        await Step.Run("answer", context, () => PhoneCalls.ApproveAsync(phone, challenge.ChallengeId, challenge.Number, cancel));
        await Step.Run("outcome", context, () => portal.AwaitOutcomeAsync(http, user.UserId, challenge.ChallengeId, WaitSeconds, ChallengeStatus.Approved, cancel));
        return Response.Ok();
    }
}
