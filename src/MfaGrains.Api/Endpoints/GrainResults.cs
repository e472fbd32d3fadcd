using MfaGrains.Api.Problems;
using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.Endpoints;

/// <summary>Turns a grain's result into the HTTP answer: the success shape, or the problem its failure names.</summary>
public static class GrainResults
{
    public static IResult ToResult<T>(this MfaResult<T> result, TimeProvider clock, Func<T, IResult> onSuccess) =>
        result.Failure is { } failure ? Problem.From(failure, clock.GetUtcNow()) : onSuccess(result.Value!);

    public static IResult ToResult(this MfaResult result, TimeProvider clock, Func<IResult> onSuccess) =>
        result.Failure is { } failure ? Problem.From(failure, clock.GetUtcNow()) : onSuccess();
}
