using MfaGrains.Load.Stats;

namespace MfaGrains.Load.Engine;

/// <summary>Runs one scenario: init, warm-up (statistics discarded), the measured load simulations, then a bounded wait for stragglers.</summary>
public sealed class ScenarioRunner(IRunObserver observer, RunnerSettings settings)
{
    public async Task<ScenarioResult> RunAsync(Scenario scenario, CancellationToken stop)
    {
        if (scenario.Init is { } init)
        {
            await init(new ScenarioInitContext(scenario.Name, observer.Log, stop));
        }

        var phases = LoadPlan.Resolve(scenario.LoadSimulations);
        var inFlight = new InFlight();
        var warmUp = new StatsCollector(scenario.Name);
        var iterations = new IterationRunner(scenario, inFlight, settings.MaxInFlight, stop) { Stats = warmUp };

        if (scenario.WarmUpDuration > TimeSpan.Zero)
        {
            observer.Log($"{scenario.Name}: warm-up {scenario.WarmUpDuration.TotalSeconds:0.#} s (not measured)");
            await RunPhasesAsync(scenario.Name, "warm-up", LoadPlan.Take(phases, scenario.WarmUpDuration), warmUp, iterations, inFlight, stop);
        }

        var measured = new StatsCollector(scenario.Name);
        iterations.Stats = measured;
        var startedAt = DateTimeOffset.UtcNow;
        observer.Log($"{scenario.Name}: measuring {scenario.Duration.TotalSeconds:0.#} s");
        await RunPhasesAsync(scenario.Name, "run", phases, measured, iterations, inFlight, stop);

        var idle = await inFlight.WaitIdleAsync(settings.DrainTimeout);
        if (!idle)
        {
            observer.Log($"{scenario.Name}: {inFlight.Count} iterations still running after {settings.DrainTimeout.TotalSeconds:0} s; they count as failed");
        }

        warmUp.Tick(0);
        measured.Tick(inFlight.Count);
        var (endToEnd, steps) = measured.Snapshot(scenario.Duration);
        return new ScenarioResult(
            scenario.Name, startedAt, phases, scenario.Duration, endToEnd, steps, measured.Timeline,
            warmUp.Snapshot(scenario.WarmUpDuration).EndToEnd, idle ? 0 : inFlight.Count, measured);
    }

    private async Task RunPhasesAsync(
        string scenario, string label, IReadOnlyList<LoadPhase> phases, StatsCollector stats, IterationRunner iterations, InFlight inFlight, CancellationToken stop)
    {
        using var ticking = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var ticker = TickAsync(scenario, label, stats, inFlight, ticking.Token);
        foreach (var phase in phases)
        {
            await PhaseDrivers.RunAsync(phase, iterations, stop);
        }

        await ticking.CancelAsync();
        await ticker;
    }

    private async Task TickAsync(string scenario, string label, StatsCollector stats, InFlight inFlight, CancellationToken token)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(token))
            {
                observer.OnTick(scenario, label, stats.Tick(inFlight.Count));
            }
        }
        catch (OperationCanceledException)
        {
            // The phases are over; the final tick is taken by the caller once stragglers are in.
        }
    }
}
