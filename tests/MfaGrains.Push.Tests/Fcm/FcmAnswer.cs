namespace MfaGrains.Push.Tests.Fcm;

/// <summary>One scripted answer of the fake FCM: the fault, and the <c>Retry-After</c> header sent with it, if any.</summary>
public sealed record FcmAnswer(FcmFault Fault, string? RetryAfter = null);
