namespace MfaGrains.Cluster.Tests.Traffic;

/// <summary>
/// Lets one phone (one key, one <c>TestPhone</c>) reach either API instance: the requests a call makes inside
/// <see cref="Via{T}"/> go to that instance. Phones sign the path only, so the host may change after signing.
/// </summary>
internal sealed class PhoneRoute(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private static readonly AsyncLocal<Uri?> Target = new();

    /// <summary>Runs <paramref name="call"/> with its phone requests sent to <paramref name="api"/>; the choice ends with the call.</summary>
    public static async Task<T> Via<T>(Uri api, Func<Task<T>> call)
    {
        Target.Value = api; // an async method's AsyncLocal changes stay inside it and what it awaits
        return await call();
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var api = Target.Value ?? throw new InvalidOperationException("A phone request was made outside PhoneRoute.Via.");
        request.RequestUri = new Uri(api, request.RequestUri!.PathAndQuery);
        return base.SendAsync(request, cancellationToken);
    }
}
