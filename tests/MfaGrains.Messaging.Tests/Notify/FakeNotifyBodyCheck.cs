using System.Text.Json;
using System.Text.RegularExpressions;

namespace MfaGrains.Messaging.Tests.Notify;

/// <summary>
/// Checks a <c>POST /v2/notifications/sms</c> body as Notify's schema does, and stricter where our contract is: E.164 numbers,
/// our template, exactly <c>personalisation.code</c> of six digits, a reference always, and no member Notify does not know.
/// </summary>
internal static partial class FakeNotifyBodyCheck
{
    private static readonly string[] Known = ["personalisation", "phone_number", "reference", "sms_sender_id", "template_id"];

    /// <summary>The parsed request, or Notify's refusal.</summary>
    public static (ParsedSms? Sms, FakeNotifyReply? Refusal) Check(byte[] body, string templateId, string? smsSenderId)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return Refuse("BadRequestError", "Invalid JSON supplied in POST data", "body is not JSON");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return Refuse("ValidationError", "POST data must be a JSON object", "body is not an object");
        }

        var names = root.EnumerateObject().Select(p => p.Name).ToList();
        if (names.FirstOrDefault(n => !Known.Contains(n)) is { } unknown)
        {
            return Refuse("ValidationError", $"Additional properties are not allowed ({unknown} was unexpected)", $"unknown member {unknown}");
        }

        if (names.Count != names.Distinct().Count())
        {
            return Refuse("ValidationError", "Duplicate members", "a member appears twice");
        }

        if (String(root, "phone_number") is not { } phone || !E164().IsMatch(phone))
        {
            return Refuse("ValidationError", "phone_number Not a valid phone number", "phone_number missing or not E.164");
        }

        if (String(root, "template_id") != templateId)
        {
            return Refuse("BadRequestError", "Template not found", "template_id is not the configured template");
        }

        if (!root.TryGetProperty("personalisation", out var personalisation) || personalisation.ValueKind != JsonValueKind.Object
            || !personalisation.EnumerateObject().Select(p => p.Name).SequenceEqual(["code"])
            || String(personalisation, "code") is not { } code || !SixDigits().IsMatch(code))
        {
            return Refuse("BadRequestError", "Missing personalisation: code", "personalisation is not exactly { code: six digits }");
        }

        if (String(root, "reference") is not { Length: > 0 } reference)
        {
            return Refuse("ValidationError", "reference is required", "reference missing or empty");
        }

        var sender = root.TryGetProperty("sms_sender_id", out _) ? String(root, "sms_sender_id") ?? "(not a string)" : null;
        if (sender != smsSenderId)
        {
            return Refuse("BadRequestError", "sms_sender_id is not a valid option", $"sms_sender_id is {sender ?? "absent"}, expected {smsSenderId ?? "absent"}");
        }

        return (new ParsedSms(phone, templateId, code, reference, sender), null);
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static (ParsedSms?, FakeNotifyReply?) Refuse(string error, string message, string detail) =>
        (null, FakeNotifyReply.Refuse(400, error, message, detail));

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$", RegexOptions.CultureInvariant)]
    private static partial Regex E164();

    [GeneratedRegex("^[0-9]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex SixDigits();
}

/// <summary>The members of a text message request that passed <see cref="FakeNotifyBodyCheck"/>.</summary>
internal sealed record ParsedSms(string PhoneNumber, string TemplateId, string Code, string Reference, string? SmsSenderId);
