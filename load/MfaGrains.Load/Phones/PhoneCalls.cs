using MfaGrains.Client;
using MfaGrains.Load.Engine;
using MfaGrains.Load.Http;

namespace MfaGrains.Load.Phones;

/// <summary>The phone's side of enrolment and sign-in through <see cref="MfaPhoneClient"/>, each call checked against the contract and returned as a <see cref="Response"/>.</summary>
public static class PhoneCalls
{
    public const string DeviceName = "MfaGrains.Load phone";

    /// <summary>Activates the phone's key with the code; ok carries the device id, which must be the key's thumbprint.</summary>
    public static async Task<Response<string>> ActivateAsync(MfaPhoneClient phone, string activationCode, CancellationToken cancellationToken)
    {
        var response = await ClientCall.Run(phone.ActivateAsync(activationCode, deviceName: DeviceName, appVersion: "1.0.0", cancellationToken: cancellationToken), "201");
        if (response.Payload is not { } device)
        {
            return response.AsFail<string>();
        }

        return device.DeviceId == phone.DeviceId
            ? Response.Ok(device.DeviceId, response.StatusCode)
            : Response.Fail<string>(response.StatusCode, "malformed_response", "deviceId is not the key's RFC 7638 thumbprint");
    }

    /// <summary>Fetches the pending list by long-poll; ok when it holds <paramref name="challengeId"/>.</summary>
    public static async Task<Response> FindPendingAsync(MfaPhoneClient phone, string challengeId, int waitSeconds, CancellationToken cancellationToken)
    {
        var response = await ClientCall.Run(phone.WaitForPendingAsync(TimeSpan.FromSeconds(waitSeconds), cancellationToken), "200");
        if (response.Payload is not { } pending)
        {
            return response;
        }

        foreach (var challenge in pending)
        {
            if (challenge.ChallengeId == challengeId)
            {
                return response;
            }
        }

        return Response.Fail(response.StatusCode, "challenge_not_delivered", $"not in the pending list after waiting up to {waitSeconds} s");
    }

    /// <summary>Approves with the number; ok only when the answer comes back <c>approved</c>.</summary>
    public static async Task<Response> ApproveAsync(MfaPhoneClient phone, string challengeId, string number, CancellationToken cancellationToken)
    {
        var response = await ClientCall.Run(phone.ApproveAsync(challengeId, number, cancellationToken), "200");
        if (response.Payload is not { } answer)
        {
            return response;
        }

        return answer.Status == ChallengeStatus.Approved
            ? response
            : Response.Fail(response.StatusCode, "answer_" + Names.Of(answer.Status), $"reason {Names.Of(answer.Reason)}");
    }
}
