namespace MfaGrains.Messaging.Notify;

// Notify's v2 wire shapes for text messages, written and read in snake_case.

/// <summary>The body of <c>POST /v2/notifications/sms</c>.</summary>
internal sealed record NotifySmsRequest(string PhoneNumber, string TemplateId, NotifyPersonalisation Personalisation, string Reference, string? SmsSenderId);

/// <summary>The template's placeholders; our template has exactly one, <c>((code))</c>.</summary>
internal sealed record NotifyPersonalisation(string Code);

/// <summary>The part of Notify's 201 answer we keep: the notification id.</summary>
internal sealed record NotifySmsResponse(string? Id);

/// <summary>Notify's error envelope, <c>{"status_code":400,"errors":[{"error":"BadRequestError","message":"…"}]}</c>.</summary>
internal sealed record NotifyErrorResponse(int StatusCode, IReadOnlyList<NotifyError>? Errors);

/// <summary>One entry of <see cref="NotifyErrorResponse.Errors"/>.</summary>
internal sealed record NotifyError(string? Error, string? Message);
