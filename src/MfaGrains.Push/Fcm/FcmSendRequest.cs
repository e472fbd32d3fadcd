namespace MfaGrains.Push.Fcm;

// The request body of messages:send, shaped like FirebaseAdmin's Message/AndroidConfig and written in snake_case.

/// <summary>The <c>messages:send</c> request body.</summary>
internal sealed record FcmSendRequest(FcmMessage Message);

/// <summary>One message to one registration token, like FirebaseAdmin's <c>Message</c>; no <c>notification</c> block, so it is data-only.</summary>
internal sealed record FcmMessage(string Token, IReadOnlyDictionary<string, string> Data, AndroidConfig Android);

/// <summary>Android delivery options, like FirebaseAdmin's <c>AndroidConfig</c>; <c>Ttl</c> is a protobuf duration such as <c>"57s"</c>.</summary>
internal sealed record AndroidConfig(string Priority, string Ttl);
