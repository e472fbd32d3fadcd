using MfaGrains.Push.Sending;

namespace MfaGrains.Push.Dispatch;

/// <summary>A message waiting to be sent, with where its outcome must be reported.</summary>
/// <param name="Provider">The push service to send through.</param>
/// <param name="Message">What to send.</param>
/// <param name="UserId">The user whose challenge this is, so the outcome reaches the challenge's delivery list.</param>
/// <param name="Attempt">1 for the first attempt; retries count up.</param>
public sealed record PushJob(PushProvider Provider, PushMessage Message, string UserId, int Attempt = 1);
