using System.Globalization;
using MfaGrains.Client;
using MfaGrains.Load.Engine;

namespace MfaGrains.Load.Http;

/// <summary>Turns a client call into a <see cref="Response"/>: ok with its payload, or a failure with the problem's status and <c>code</c>.</summary>
public static class ClientCall
{
    /// <param name="okStatus">The contract's success status for the route, as text.</param>
    public static async Task<Response<T>> Run<T>(Task<T> call, string okStatus)
    {
        try
        {
            return Response.Ok(await call, okStatus);
        }
        catch (MfaProblemException problem)
        {
            // An admission refusal has no contract code: its problem type tells it apart from a failure.
            var code = problem.Code ?? (problem.Problem.Type == ApiCall.OverloadedType ? Response.RefusedByAdmission : "unexpected_status");
            return Response.Fail<T>(((int)problem.StatusCode).ToString(CultureInfo.InvariantCulture), code, problem.Message);
        }
    }
}
