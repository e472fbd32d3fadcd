using MfaGrains.Grains.Passcodes;
using MfaGrains.Grains.Users.Events;

namespace MfaGrains.Grains.Users;

public sealed partial class UserAccount
{
    /// <summary>Stores the number codes are sent to. A code sent to a previous number stops working.</summary>
    public MfaResult SetPhoneNumber(string phoneNumber)
    {
        if (!PhoneNumbers.IsE164(phoneNumber))
        {
            return new MfaFailure(MfaErrorCode.InvalidPhoneNumber, "The phone number must be in E.164 format, such as +447700900123.");
        }

        if (PhoneDestinations.Refusal(phoneNumber, policy.Passcodes) is { } refusal)
        {
            return new MfaFailure(MfaErrorCode.InvalidPhoneNumber, refusal);
        }

        if (state.Passcodes.PhoneNumber != phoneNumber)
        {
            state.Passcodes.PhoneNumber = phoneNumber;
            state.Passcodes.PhoneCode = null;
        }

        return MfaResult.Ok;
    }

    /// <summary>Refuses to send a code: passcodes locked (423), the send limit reached (429), no number to send to (409).</summary>
    public MfaFailure? RefusePhoneCode(DateTimeOffset now)
    {
        if (RefuseWhilePasscodesLocked(now) is { } locked)
        {
            return locked;
        }

        var rules = policy.Passcodes;
        var recent = state.Passcodes.SentAt.Where(at => at > now - rules.SendWindow).Order().ToList();
        if (recent.Count >= rules.SendsPerWindow)
        {
            var retryAt = recent[recent.Count - rules.SendsPerWindow] + rules.SendWindow;
            return new MfaFailure(MfaErrorCode.TooManyAttempts, $"At most {rules.SendsPerWindow} codes per {rules.SendWindow.TotalMinutes:0.#} minutes.", retryAt);
        }

        return state.Passcodes.PhoneNumber is null
            ? new MfaFailure(MfaErrorCode.PhoneNumberMissing, "The user has no phone number to send a code to.")
            : null;
    }

    /// <summary>Records a new code by its hash, replacing any earlier one, and counts the send.</summary>
    public PhoneCodeRecord IssuePhoneCode(PhoneChannel channel, string codeHash, DateTimeOffset now)
    {
        var code = new PhoneCodeRecord { Channel = channel, CodeHash = codeHash, ExpiresAt = now + policy.Passcodes.PhoneCodeLifetime };
        state.Passcodes.PhoneCode = code;
        state.Passcodes.SentAt.Add(now);
        _events.Add(new PhoneCodeIssued(channel, now));
        return code;
    }
}
