using System.Text.Json;
using System.Text.Json.Serialization;

namespace MfaGrains.Client.Json;

/// <summary>Source-generated (reflection-free) JSON for every body of the contract: camelCase names, RFC 3339 times.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(StartEnrolmentRequest))]
[JsonSerializable(typeof(StartedEnrolment))]
[JsonSerializable(typeof(Enrolment))]
[JsonSerializable(typeof(CreateChallengeRequest))]
[JsonSerializable(typeof(IssuedChallenge))]
[JsonSerializable(typeof(Challenge))]
[JsonSerializable(typeof(ActivationRequest))]
[JsonSerializable(typeof(ActivatedDevice))]
[JsonSerializable(typeof(IReadOnlyList<PendingChallenge>))]
[JsonSerializable(typeof(AnswerRequest))]
[JsonSerializable(typeof(AnswerResult))]
[JsonSerializable(typeof(PushTokenRequest))]
[JsonSerializable(typeof(Account))]
[JsonSerializable(typeof(PasscodeRequest))]
[JsonSerializable(typeof(PasscodeVerification))]
[JsonSerializable(typeof(SendPasscodeRequest))]
[JsonSerializable(typeof(SentPasscode))]
[JsonSerializable(typeof(PhoneNumberRequest))]
[JsonSerializable(typeof(CreatedTotp))]
[JsonSerializable(typeof(MfaProblem))]
public sealed partial class ClientJson : JsonSerializerContext;
