namespace MfaGrains.Push.Sending;

/// <summary>Sends challenge notifications through one push service, like FirebaseAdmin's <c>SendAsync</c> or dotAPNS' <c>SendAsync</c>.</summary>
public interface IPushSender
{
    PushProvider Provider { get; }

    /// <summary>Sends one message. Provider errors come back as a <see cref="PushResult"/>; only cancellation throws.</summary>
    Task<PushResult> SendAsync(PushMessage message, CancellationToken cancellationToken);
}
