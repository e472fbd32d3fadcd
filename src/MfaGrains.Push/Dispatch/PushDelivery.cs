using MfaGrains.Push.Sending;

namespace MfaGrains.Push.Dispatch;

/// <summary>The final word on one job: sent, or failed with the provider's reason.</summary>
/// <param name="Job">The job, as last attempted.</param>
/// <param name="Sent">Whether the provider accepted the message.</param>
/// <param name="Error">Why it failed (a provider reason, or one of the dispatcher's own such as <c>expired</c>); null when sent.</param>
/// <param name="TokenIsDead">The provider said the token will never work again; it must be cleared.</param>
public sealed record PushDelivery(PushJob Job, bool Sent, string? Error, bool TokenIsDead);
