namespace MfaGrains.Contracts.Passcodes;

/// <summary>
/// A budget of SMS/voice sends in a sliding window: one grain per destination (keyed by a keyed hash of the number,
/// never the number) and one for the whole deployment (<see cref="Everyone"/>).
/// </summary>
[Alias("mfa.IPhoneSendBudgetGrain")]
public interface IPhoneSendBudgetGrain : IGrainWithStringKey
{
    /// <summary>The key of the deployment-wide budget.</summary>
    const string Everyone = "all";

    /// <summary>Takes one send if fewer than <paramref name="limit"/> were taken within <paramref name="window"/>.</summary>
    /// <returns>Null when the send was taken; else the time the oldest send leaves the window.</returns>
    [Alias("TryTake")]
    Task<DateTimeOffset?> TryTake(int limit, TimeSpan window);
}
