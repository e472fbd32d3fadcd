using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.Problems;

/// <summary>How one contract error code looks on the wire: its HTTP status, snake_case code, title and default detail.</summary>
/// <param name="Code">The contract error code.</param>
/// <param name="WireCode">The stable snake_case <c>code</c> member clients branch on.</param>
/// <param name="Status">The HTTP status answered with this code.</param>
/// <param name="Title">A short, fixed summary of the problem type.</param>
/// <param name="DefaultDetail">The <c>detail</c> used when the caller has nothing more specific to say.</param>
public sealed record ProblemDefinition(MfaErrorCode Code, string WireCode, int Status, string Title, string DefaultDetail)
{
    /// <summary>The problem type URI; stable for as long as the code is.</summary>
    public string Type => ProblemCatalogue.TypeBaseUri + WireCode;
}
