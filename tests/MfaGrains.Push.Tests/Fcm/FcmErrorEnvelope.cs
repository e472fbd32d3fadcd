using System.Text.Json.Nodes;

namespace MfaGrains.Push.Tests.Fcm;

/// <summary>Google's error bodies as FCM sends them: <c>{"error":{"code","message","status","details":[…]}}</c>.</summary>
internal static class FcmErrorEnvelope
{
    private const string FcmErrorType = "type.googleapis.com/google.firebase.fcm.v1.FcmError";
    private const string BadRequestType = "type.googleapis.com/google.rpc.BadRequest";

    public const string UnauthenticatedMessage =
        "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.";

    public static (int Status, JsonObject Body) For(FcmFault fault) => fault switch
    {
        FcmFault.Unregistered => Fcm(404, "NOT_FOUND", "UNREGISTERED", "Requested entity was not found."),
        FcmFault.InvalidToken => Fcm(400, "INVALID_ARGUMENT", "INVALID_ARGUMENT", "The registration token is not a valid FCM registration token"),
        FcmFault.SenderIdMismatch => Fcm(403, "PERMISSION_DENIED", "SENDER_ID_MISMATCH", "SenderId mismatch"),
        FcmFault.QuotaExceeded => Fcm(429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED", "Quota exceeded for quota metric 'Send requests'."),
        FcmFault.Internal => Fcm(500, "INTERNAL", "INTERNAL", "Internal error encountered."),
        FcmFault.Unavailable => Fcm(503, "UNAVAILABLE", "UNAVAILABLE", "The service is currently unavailable."),
        _ => Unauthenticated(),
    };

    /// <summary>Our access token refused: a plain Google 401 with no FcmError detail.</summary>
    public static (int Status, JsonObject Body) Unauthenticated() => (401, Error(401, "UNAUTHENTICATED", UnauthenticatedMessage, []));

    /// <summary>A request FCM cannot parse or accept: 400 with FcmError INVALID_ARGUMENT and a BadRequest field violation.</summary>
    public static (int Status, JsonObject Body) BadRequest(string field, string description) =>
        (400, Error(400, "INVALID_ARGUMENT", description,
        [
            new JsonObject { ["@type"] = FcmErrorType, ["errorCode"] = "INVALID_ARGUMENT" },
            new JsonObject
            {
                ["@type"] = BadRequestType,
                ["fieldViolations"] = new JsonArray(new JsonObject { ["field"] = field, ["description"] = description }),
            },
        ]));

    /// <summary>Valid token, wrong project or missing IAM permission: 403 with no FcmError detail.</summary>
    public static (int Status, JsonObject Body) PermissionDenied() =>
        (403, Error(403, "PERMISSION_DENIED", "Permission 'cloudmessaging.messages.create' denied on resource.", []));

    public static (int Status, JsonObject Body) NotFound() => (404, Error(404, "NOT_FOUND", "Requested entity was not found.", []));

    private static (int Status, JsonObject Body) Fcm(int code, string status, string errorCode, string message) =>
        (code, Error(code, status, message, [new JsonObject { ["@type"] = FcmErrorType, ["errorCode"] = errorCode }]));

    private static JsonObject Error(int code, string status, string message, JsonNode[] details)
    {
        var error = new JsonObject { ["code"] = code, ["message"] = message, ["status"] = status };
        if (details.Length > 0)
        {
            error["details"] = new JsonArray(details);
        }

        return new JsonObject { ["error"] = error };
    }
}
