using System.Net;
using System.Text.Json;
using MfaGrains.Load.Engine;
using MfaGrains.Load.Http;

namespace MfaGrains.Load.Phones;

/// <summary>The phone's side of enrolment and sign-in, each call checked against the contract and returned as a <see cref="Response"/>.</summary>
public static class PhoneCalls
{
    /// <summary>Activates <paramref name="key"/> with the code; ok carries the device id, which must be the key's thumbprint.</summary>
    public static async Task<Response<string>> ActivateAsync(HttpClient http, PhoneKey key, string activationCode, CancellationToken cancellationToken)
    {
        var response = await ApiCall.SendAsync(http, PhoneRequests.Activate(key, activationCode), HttpStatusCode.Created, cancellationToken);
        if (!response.IsOk)
        {
            return response.AsFail<string>();
        }

        return ApiCall.Text(response.Payload, "deviceId") == key.DeviceId
            ? Response.Ok(key.DeviceId, response.StatusCode)
            : Response.Fail<string>(response.StatusCode, "malformed_response", "deviceId is not the key's RFC 7638 thumbprint");
    }

    /// <summary>Fetches the pending list by long-poll; ok when it holds <paramref name="challengeId"/>.</summary>
    public static async Task<Response> FindPendingAsync(HttpClient http, PhoneKey key, string challengeId, int waitSeconds, CancellationToken cancellationToken)
    {
        var response = await ApiCall.SendAsync(http, PhoneRequests.Pending(key, waitSeconds), HttpStatusCode.OK, cancellationToken);
        if (!response.IsOk)
        {
            return response;
        }

        var listed = response.Payload.ValueKind == JsonValueKind.Array
            && response.Payload.EnumerateArray().Any(item => ApiCall.Text(item, "challengeId") == challengeId);
        return listed
            ? Response.Ok(response.StatusCode)
            : Response.Fail(response.StatusCode, "challenge_not_delivered", $"not in the pending list after waiting up to {waitSeconds} s");
    }

    /// <summary>Approves with the number; ok only when the answer comes back <c>approved</c>.</summary>
    public static async Task<Response> ApproveAsync(HttpClient http, PhoneKey key, string challengeId, string number, CancellationToken cancellationToken)
    {
        var response = await ApiCall.SendAsync(http, PhoneRequests.Answer(key, challengeId, "approve", number), HttpStatusCode.OK, cancellationToken);
        if (!response.IsOk)
        {
            return response;
        }

        var status = ApiCall.Text(response.Payload, "status") ?? "missing";
        return status == "approved"
            ? Response.Ok(response.StatusCode)
            : Response.Fail(response.StatusCode, "answer_" + status, $"reason {ApiCall.Text(response.Payload, "reason") ?? "none"}");
    }
}
