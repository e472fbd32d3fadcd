using Orleans;

namespace MfaGrains.Api.Tests.Admission;

/// <summary>A grain call filter that holds one user's sign-in issues inside the silo until released, to keep them in flight.</summary>
internal sealed class HeldSignIns(string userId) : IIncomingGrainCallFilter
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _held;

    public int Held => Volatile.Read(ref _held);

    public void Release() => _release.TrySetResult();

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.Name == "CreateSignInChallenge" && string.Equals(context.TargetId.Key.ToString(), userId, StringComparison.OrdinalIgnoreCase))
        {
            Interlocked.Increment(ref _held);
            await _release.Task;
        }

        await context.Invoke();
    }
}
