using MfaGrains.Contracts.References;
using MfaGrains.Grains.Passcodes;
using MfaGrains.Grains.Secrets;

namespace MfaGrains.Grains.Users;

public sealed partial class UserGrain
{
    private static readonly TimeSpan SendBudgetWindow = TimeSpan.FromHours(1);

    /// <summary>
    /// Refuses a send toll fraud or bombing could use: a number outside the allowed countries or in a premium range
    /// (400 invalid_phone_number), or one past its per-number or the deployment's hourly budget (429 too_many_attempts).
    /// </summary>
    private async Task<MfaFailure?> RefuseCostlySend(string phoneNumber)
    {
        var rules = policy.Passcodes;
        if (PhoneDestinations.Refusal(phoneNumber, rules) is { } refusal)
        {
            return new MfaFailure(MfaErrorCode.InvalidPhoneNumber, refusal);
        }

        var destination = GrainFactory.Get<IPhoneSendBudgetGrain>(hasher.Hash(SecretPurposes.PhoneDestination, phoneNumber));
        if (await destination.TryTake(rules.SendsPerNumberPerHour, SendBudgetWindow) is { } numberFreesAt)
        {
            return new MfaFailure(MfaErrorCode.TooManyAttempts, "Too many codes were sent to this number; try again later.", numberFreesAt);
        }

        var everyone = GrainFactory.Get<IPhoneSendBudgetGrain>(IPhoneSendBudgetGrain.Everyone);
        return await everyone.TryTake(rules.SendsPerHour, SendBudgetWindow) is { } allFreesAt
            ? new MfaFailure(MfaErrorCode.TooManyAttempts, "The deployment's hourly budget of codes is spent; try again later.", allFreesAt)
            : null;
    }
}
