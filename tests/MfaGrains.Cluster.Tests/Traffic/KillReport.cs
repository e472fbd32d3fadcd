using System.Globalization;

namespace MfaGrains.Cluster.Tests.Traffic;

/// <summary>The kill test's figures: success rate, what failed and how, and how long the cluster took to recover.</summary>
internal sealed class KillReport(IReadOnlyList<TakenUp> signIns, AttemptLog log, TimeSpan declaredDead)
{
    public int Succeeded => signIns.Count(s => s.Outcome.Succeeded);

    /// <summary>Sign-ins the portal saw approved, each step retried at most once, without waiting for the cluster.</summary>
    public double SuccessRate => (double)Succeeded / signIns.Count;

    /// <summary>Failed sign-ins whose challenge was neither resolved nor answerable once the cluster had noticed the death.</summary>
    public IEnumerable<SignInOutcome> Lost => signIns.Where(s => s.Verdict == LateVerdict.Lost).Select(s => s.Late ?? s.Outcome);

    /// <summary>From the kill to the start of the last request that failed (5xx or transport): every request started later succeeded.</summary>
    public TimeSpan? RequestsRecovered =>
        log.AfterKill.Where(a => a.IsFault).Select(a => a.StartedAt - log.KilledAt!.Value).DefaultIfEmpty(TimeSpan.MinValue).Max() is var last && last != TimeSpan.MinValue
            ? last
            : null;

    public IEnumerable<string> Lines()
    {
        var kill = log.KilledAt ?? TimeSpan.Zero;
        var late = signIns.Where(s => s.Verdict is not null).ToList();
        yield return $"sign-ins: {signIns.Count}, approved with at most one retry per step ({Seconds(OnceRetried.Backoff)} back-off): {Succeeded} ({Percent(SuccessRate)})";
        foreach (var failure in signIns.Select(s => s.Outcome).Where(o => !o.Succeeded).GroupBy(o => $"{o.FailedStep}: {Short(o.FailedWith)}"))
        {
            yield return $"  failed at {failure.Key} ×{failure.Count()}";
        }

        yield return late.Count == 0
            ? "taken up once the death was declared: no failed sign-in"
            : $"taken up once the death was declared: {string.Join(", ", late.GroupBy(l => l.Verdict).Select(g => $"{g.Key} ×{g.Count()}"))}";
        foreach (var lost in Lost)
        {
            yield return $"  lost: {lost.User.UserId} {lost.ChallengeId ?? "(not issued)"}: {Short(lost.FailedWith)}";
        }

        yield return $"silo killed at +{Seconds(kill)} of the run; declared dead (status 6) {Seconds(declaredDead)} after the kill";
        var faults = log.AfterKill.Where(a => a.IsFault).ToList();
        yield return faults.Count == 0
            ? "no request failed after the kill"
            : $"failed requests after the kill: {faults.Count}, started from {Signed(faults.Min(a => a.StartedAt) - kill)} to {Signed(RequestsRecovered!.Value)} after it"
                + $" (every request started later succeeded); the slowest failure took {Seconds(faults.Max(a => a.EndedAt - a.StartedAt))}";
        if (faults.Count > 0)
        {
            yield return "failed requests by second after the kill: " + string.Join(", ", faults
                .GroupBy(a => (int)Math.Floor((a.StartedAt - kill).TotalSeconds)).OrderBy(g => g.Key).Select(g => $"{g.Key:+0;-0}s {string.Join("/", g.GroupBy(a => a.Step).Select(s => $"{s.Key}×{s.Count()}"))}"));
        }

        yield return $"failed requests before the kill: {log.All.Count(a => a.IsFault && a.EndedAt < kill)}";
        yield return "status codes before the kill:";
        foreach (var line in log.Tally(log.All.Where(a => a.EndedAt < kill)))
        {
            yield return "  " + line;
        }

        yield return "status codes after the kill:";
        foreach (var line in log.Tally(log.AfterKill))
        {
            yield return "  " + line;
        }
    }

    private static string Percent(double rate) => (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    private static string Signed(TimeSpan time) => (time < TimeSpan.Zero ? "-" : "+") + Seconds(time.Duration());

    private static string Short(string? text) => text is null ? "" : text.Length <= 120 ? text : text[..120] + "…";
}
