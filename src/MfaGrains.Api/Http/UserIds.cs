using System.Diagnostics.CodeAnalysis;
using MfaGrains.Api.Problems;
using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.Http;

/// <summary>Validates and normalizes the <c>{userId}</c> route value: 1-256 characters, spelled one way (see <see cref="UserIdSpelling"/>).</summary>
public static class UserIds
{
    /// <summary>The longest accepted user id, in UTF-16 characters.</summary>
    public const int MaxLength = 256;

    /// <summary>The normalized (invariant lower-case) id when <paramref name="raw"/> is acceptable; otherwise false, answered as 400 validation_failed.</summary>
    /// <remarks>The value is already fully URL-decoded (routing, then <see cref="RawUserIdSegment"/> for <c>%2F</c>).</remarks>
    public static bool TryNormalize(string? raw, [NotNullWhen(true)] out string? userId)
    {
        // Ids compare case-insensitively; lower-casing once here makes them compare ordinally everywhere else.
        userId = raw is null ? null : UserIdSpelling.Canonical(raw, MaxLength);
        return userId is not null;
    }

    /// <summary>The 400 validation_failed answer for a user id that <see cref="TryNormalize"/> refused.</summary>
    public static ProblemResult Invalid() =>
        Problem.For(MfaErrorCode.ValidationFailed, $"The userId must be 1-{MaxLength} characters without control, format, compatibility or brace characters, nor white space at either end.");
}
