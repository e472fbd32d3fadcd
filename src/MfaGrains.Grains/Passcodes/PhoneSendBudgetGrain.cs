using MfaGrains.Grains.Options;
using Microsoft.Extensions.DependencyInjection;

namespace MfaGrains.Grains.Passcodes;

/// <summary>
/// Counts sends in memory: a restart or a move to another silo forgets the window, which at worst lets one more
/// window's budget through; persisting every send would put a write on every code for a limit meant for attacks.
/// </summary>
[GrainType("phone-send-budget")]
public sealed class PhoneSendBudgetGrain([FromKeyedServices(MfaClock.Key)] TimeProvider clock) : Grain, IPhoneSendBudgetGrain
{
    private readonly Queue<DateTimeOffset> _sends = new();

    public Task<DateTimeOffset?> TryTake(int limit, TimeSpan window)
    {
        var now = clock.GetUtcNow();
        while (_sends.TryPeek(out var oldest) && oldest <= now - window)
        {
            _sends.Dequeue();
        }

        if (_sends.Count >= limit)
        {
            return Task.FromResult<DateTimeOffset?>(_sends.Peek() + window);
        }

        _sends.Enqueue(now);
        return Task.FromResult<DateTimeOffset?>(null);
    }
}
