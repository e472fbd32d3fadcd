using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MfaGrains.Push.Tests.Fcm;

/// <summary>
/// The fake FCM's body checks: what FCM itself rejects (push-providers.md §1.3) plus our contract (ids only, data-only,
/// priority high). Returns every violation as (field, description), so a failing test shows all of them.
/// </summary>
internal static partial class FcmBodyRules
{
    private const long MaxTtlSeconds = 2_419_200;
    private const int MaxDataBytes = 4096;

    private static readonly string[] TopLevel = ["message", "validate_only"];
    private static readonly string[] MessageFields = ["name", "token", "topic", "condition", "data", "notification", "android", "apns", "webpush", "fcm_options"];
    private static readonly string[] AndroidFields = ["collapse_key", "priority", "ttl", "restricted_package_name", "data", "notification", "fcm_options", "direct_boot_ok"];
    private static readonly string[] Targets = ["token", "topic", "condition"];
    private static readonly string[] ContractDataKeys = ["type", "challengeId", "deviceId"];

    public static List<(string Field, string Description)> Check(JsonElement root)
    {
        List<(string, string)> violations = [];
        if (root.ValueKind != JsonValueKind.Object)
        {
            violations.Add(("", "Invalid JSON payload received. Expected an object."));
            return violations;
        }

        UnknownFields(root, "", TopLevel, violations);
        if (root.TryGetProperty("validate_only", out var validateOnly) && validateOnly.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            violations.Add(("validate_only", "Invalid value at 'validate_only' (TYPE_BOOL)"));
        }

        if (!root.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.Object)
        {
            violations.Add(("message", "Request contains an invalid argument: 'message' is required."));
            return violations;
        }

        UnknownFields(message, "message", MessageFields, violations);
        CheckTarget(message, violations);
        CheckData(message, violations);
        CheckAndroid(message, violations);
        if (message.TryGetProperty("notification", out _))
        {
            violations.Add(("message.notification", "Contract: MFA pushes are data-only; no notification block."));
        }

        CheckNoNumber(root, "", violations);
        return violations;
    }

    private static void CheckTarget(JsonElement message, List<(string, string)> violations)
    {
        var targets = Targets.Where(t => message.TryGetProperty(t, out _)).ToList();
        if (targets.Count != 1)
        {
            violations.Add(("message", $"Exactly one of token, topic or condition is required; found {targets.Count}."));
        }

        foreach (var target in targets)
        {
            var value = message.GetProperty(target);
            if (value.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(value.GetString()))
            {
                violations.Add(($"message.{target}", $"Invalid value at 'message.{target}' (TYPE_STRING)"));
            }
        }
    }

    private static void CheckData(JsonElement message, List<(string, string)> violations)
    {
        if (!message.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            violations.Add(("message.data", "Contract: data with type/challengeId/deviceId is required."));
            return;
        }

        var index = 0;
        var bytes = 0;
        foreach (var entry in data.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.String)
            {
                violations.Add(($"message.data[{index}].value", $"Invalid value at 'message.data[{index}].value' (TYPE_STRING)"));
            }

            if (IsReserved(entry.Name))
            {
                violations.Add(($"message.data[{index}].key", $"Invalid data key: '{entry.Name}' is reserved."));
            }

            bytes += Encoding.UTF8.GetByteCount(entry.Name) + Encoding.UTF8.GetByteCount(entry.Value.ToString());
            index++;
        }

        if (bytes > MaxDataBytes)
        {
            violations.Add(("message.data", $"Message data is too big: {bytes} bytes."));
        }

        var keys = data.EnumerateObject().Select(e => e.Name).ToArray();
        if (!keys.Order(StringComparer.Ordinal).SequenceEqual(ContractDataKeys.Order(StringComparer.Ordinal)))
        {
            violations.Add(("message.data", $"Contract: data keys must be exactly type, challengeId, deviceId; got {string.Join(", ", keys)}."));
        }
        else if (data.GetProperty("type").ValueKind != JsonValueKind.String || data.GetProperty("type").GetString() != "mfaChallenge")
        {
            violations.Add(("message.data.type", "Contract: data.type must be 'mfaChallenge'."));
        }
    }

    private static void CheckAndroid(JsonElement message, List<(string, string)> violations)
    {
        if (!message.TryGetProperty("android", out var android) || android.ValueKind != JsonValueKind.Object)
        {
            violations.Add(("message.android", "Contract: android with priority high and a ttl is required."));
            return;
        }

        UnknownFields(android, "message.android", AndroidFields, violations);
        if (!android.TryGetProperty("priority", out var priority) || priority.ValueKind != JsonValueKind.String || priority.GetString() != "high")
        {
            violations.Add(("message.android.priority", "Contract: android.priority must be \"high\"."));
        }

        if (!android.TryGetProperty("ttl", out var ttl) || ttl.ValueKind != JsonValueKind.String || !IsValidTtl(ttl.GetString()!))
        {
            violations.Add(("message.android.ttl", "Invalid value at 'message.android.ttl' (type.googleapis.com/google.protobuf.Duration)"));
        }

        if (android.TryGetProperty("notification", out _))
        {
            violations.Add(("message.android.notification", "Contract: MFA pushes are data-only; no notification block."));
        }
    }

    private static bool IsValidTtl(string ttl)
    {
        var match = TtlPattern().Match(ttl);
        return match.Success && decimal.Parse(ttl[..^1], CultureInfo.InvariantCulture) <= MaxTtlSeconds;
    }

    private static bool IsReserved(string key) =>
        key is "from" or "message_type" or "notification" or "collapse_key"
        || key.StartsWith("google", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("gcm", StringComparison.OrdinalIgnoreCase);

    /// <summary>The number to match must never reach the phone: no field named like it, no two-digit value anywhere.</summary>
    private static void CheckNoNumber(JsonElement element, string path, List<(string, string)> violations)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var child = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    if (property.Name.Contains("number", StringComparison.OrdinalIgnoreCase))
                    {
                        violations.Add((child, "Contract: the number to match must never be pushed."));
                    }

                    CheckNoNumber(property.Value, child, violations);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckNoNumber(item, $"{path}[{i++}]", violations);
                }

                break;
            case JsonValueKind.Number:
            case JsonValueKind.String when TwoDigits().IsMatch(element.GetString()!):
                violations.Add((path, "Contract: a two-digit value looks like the number to match."));
                break;
        }
    }

    private static void UnknownFields(JsonElement element, string path, string[] known, List<(string, string)> violations)
    {
        foreach (var property in element.EnumerateObject().Where(p => !known.Contains(p.Name)))
        {
            violations.Add((path, $"Invalid JSON payload received. Unknown name \"{property.Name}\" at '{path}': Cannot find field."));
        }
    }

    [GeneratedRegex(@"^\d+(\.\d{1,9})?s$")]
    private static partial Regex TtlPattern();

    [GeneratedRegex(@"^\d{2}$")]
    private static partial Regex TwoDigits();
}
