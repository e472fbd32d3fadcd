using System.Text.Json;

namespace MfaGrains.Push.Tests.Apns;

/// <summary>
/// Checks the body as Apple does (size, JSON object with <c>aps</c>, integer flags, push type consistency) and, beyond Apple,
/// our contract: custom keys exactly type/challengeId/deviceId and no number anywhere (push-providers.md §3, check 5).
/// </summary>
internal static class FakeApnsPayloadCheck
{
    public const int MaximumBytes = 4096;

    private static readonly string[] IntegerFlags = ["mutable-content", "content-available", "badge"];
    private static readonly string[] CustomKeys = ["challengeId", "deviceId", "type"];

    /// <summary>Null when the payload is good, else the refusal.</summary>
    public static FakeApnsReply? Check(byte[] body, string pushType)
    {
        if (body.Length == 0)
        {
            return FakeApnsReply.Refuse(400, "PayloadEmpty", "empty body");
        }

        if (body.Length > MaximumBytes)
        {
            return FakeApnsReply.Refuse(413, "PayloadTooLarge", $"{body.Length} bytes");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            return FakeApnsReply.Refuse(400, "Contract:NotJson", e.Message);
        }

        using (document)
        {
            return CheckObject(document.RootElement, pushType);
        }
    }

    private static FakeApnsReply? CheckObject(JsonElement root, string pushType)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("aps", out var aps) || aps.ValueKind != JsonValueKind.Object)
        {
            return FakeApnsReply.Refuse(400, "Contract:NoAps", "not a JSON object with an aps dictionary");
        }

        foreach (var flag in IntegerFlags)
        {
            if (aps.TryGetProperty(flag, out var value) && !(value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _)))
            {
                return FakeApnsReply.Refuse(400, "Contract:FlagNotInteger", $"aps.{flag} is {value.GetRawText()}, not an integer");
            }
        }

        var isSilent = aps.TryGetProperty("content-available", out var available) && available.ValueKind == JsonValueKind.Number && available.GetInt32() == 1;
        var hasAlert = aps.TryGetProperty("alert", out _);
        if ((pushType == "alert" && !hasAlert) || (pushType == "background" && (!isSilent || hasAlert)))
        {
            return FakeApnsReply.Refuse(400, "InvalidPushType", $"push type {pushType} does not match the payload");
        }

        var custom = root.EnumerateObject().Where(p => p.Name != "aps").ToArray();
        if (!custom.Select(p => p.Name).Order(StringComparer.Ordinal).SequenceEqual(CustomKeys)
            || custom.Any(p => p.Value.ValueKind != JsonValueKind.String || p.Value.GetString() is null or "")
            || root.GetProperty("type").GetString() != "mfaChallenge")
        {
            return FakeApnsReply.Refuse(400, "Contract:CustomKeys", "custom keys must be exactly type=mfaChallenge, challengeId, deviceId (strings)");
        }

        return FindNumber(root, "") is { } path
            ? FakeApnsReply.Refuse(400, "Contract:SecretInPayload", $"{path} could carry the number to match; the phone must never receive it")
            : null;
    }

    /// <summary>The path of any "number"-like key or numeric value other than an aps flag.</summary>
    private static string? FindNumber(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var childPath = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    if (property.Name.Contains("number", StringComparison.OrdinalIgnoreCase))
                    {
                        return childPath;
                    }

                    if (!(path == "aps" && IntegerFlags.Contains(property.Name)) && FindNumber(property.Value, childPath) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                return element.EnumerateArray().Select((item, i) => FindNumber(item, $"{path}[{i}]")).FirstOrDefault(p => p is not null);
            case JsonValueKind.Number:
                return path;
            default:
                return null;
        }
    }
}
