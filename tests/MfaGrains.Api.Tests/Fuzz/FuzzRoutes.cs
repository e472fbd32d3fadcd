namespace MfaGrains.Api.Tests.Fuzz;

/// <summary>Every route of the API as a template: <c>{u}</c> user, <c>{e}</c> enrolment, <c>{c}</c> challenge, <c>{t}</c> TOTP, <c>{d}</c> device.</summary>
internal static class FuzzRoutes
{
    public static readonly (string Method, string Template, bool Phone, bool HasBody)[] All =
    [
        ("GET", "/v1/users/{u}", false, false),
        ("DELETE", "/v1/users/{u}/devices/{d}", false, false),
        ("POST", "/v1/users/{u}/unlock", false, false),
        ("GET", "/v1/users/{u}/audit?limit={n}", false, false),
        ("POST", "/v1/users/{u}/enrolments", false, true),
        ("GET", "/v1/users/{u}/enrolments/{e}", false, false),
        ("GET", "/v1/users/{u}/enrolments/{e}/qr?format={f}", false, false),
        ("DELETE", "/v1/users/{u}/enrolments/{e}", false, false),
        ("POST", "/v1/users/{u}/enrolments/{e}/test-challenge", false, false),
        ("POST", "/v1/users/{u}/challenges", false, true),
        ("GET", "/v1/users/{u}/challenges/{c}?waitSeconds={n}", false, false),
        ("GET", "/v1/users/{u}/challenges/{c}/events", false, false),
        ("DELETE", "/v1/users/{u}/challenges/{c}", false, false),
        ("POST", "/v1/users/{u}/passcodes/verify", false, true),
        ("POST", "/v1/users/{u}/passcodes", false, true),
        ("PUT", "/v1/users/{u}/phone", false, true),
        ("POST", "/v1/users/{u}/totp", false, false),
        ("GET", "/v1/users/{u}/totp/{t}/qr", false, false),
        ("POST", "/v1/users/{u}/totp/{t}/confirm", false, true),
        ("DELETE", "/v1/users/{u}/totp/{t}", false, false),
        ("POST", "/v1/devices", true, true),
        ("GET", "/v1/devices/{d}/challenges?waitSeconds={n}", true, false),
        ("POST", "/v1/devices/{d}/challenges/{c}/answer", true, true),
        ("PUT", "/v1/devices/{d}/push-token", true, true),
        ("DELETE", "/v1/devices/{d}", true, false),
        ("GET", "/v1/nothing/here", false, false),
    ];

    /// <summary>The contract's closed list of codes; a 4xx problem must carry one of them.</summary>
    public static readonly HashSet<string> Codes = [.. Problems.ProblemCatalogueTests.ContractCodes];
}
