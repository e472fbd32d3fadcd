using System.Text.Json.Serialization;
using MfaGrains.Client.Json;

namespace MfaGrains.Client;

/// <summary>Where an enrolment stands: <c>awaitingActivation</c> → <c>awaitingVerification</c> → <c>completed</c>, or <c>expired</c> / <c>cancelled</c>.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<EnrolmentStatus>))]
public enum EnrolmentStatus { AwaitingActivation, AwaitingVerification, Completed, Expired, Cancelled }

/// <summary>A sign-in challenge, or the test challenge that completes an enrolment.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ChallengeKind>))]
public enum ChallengeKind { SignIn, EnrolmentTest }

/// <summary>Where a challenge stands; everything but <c>pending</c> is final.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ChallengeStatus>))]
public enum ChallengeStatus { Pending, Approved, Denied, Expired, Cancelled }

/// <summary>Why a challenge was denied, expired or cancelled.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ChallengeReason>))]
public enum ChallengeReason { WrongNumber, UserDenied, ReportedFraud, TimedOut, Superseded, CancelledByPortal, DeviceRemoved }

/// <summary>How a challenge reached a device.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<DeliveryChannel>))]
public enum DeliveryChannel { Fcm, Apns, None }

/// <summary>How far a push to one device got; <c>noToken</c> for a device that works by pull only.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<DeliveryState>))]
public enum DeliveryState { Pending, Sent, Failed, NoToken }

/// <summary>The phone's operating system, which picks its push service.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<DevicePlatform>))]
public enum DevicePlatform { Android, Ios }

/// <summary>A device that has not yet approved its test challenge, or one that can approve sign-ins.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<DeviceStatus>))]
public enum DeviceStatus { AwaitingVerification, Active }

/// <summary>What the person decided on the phone.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<AnswerDecision>))]
public enum AnswerDecision { Approve, Deny, Report }

/// <summary>How a one-time passcode is sent.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<PasscodeChannel>))]
public enum PasscodeChannel { Sms, Voice }

/// <summary>Which kind of secret accepted a passcode.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<PasscodeMethod>))]
public enum PasscodeMethod { Totp, Sms, Voice }
