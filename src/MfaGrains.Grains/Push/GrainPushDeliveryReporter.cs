using MfaGrains.Contracts.References;
using MfaGrains.Push.Dispatch;

namespace MfaGrains.Grains.Push;

/// <summary>Hands push outcomes back to the user grain: the delivery list of the challenge, and dead tokens (which it clears from the device).</summary>
public sealed class GrainPushDeliveryReporter(IGrainFactory grains) : IPushDeliveryReporter
{
    public async Task ReportAsync(PushDelivery delivery, CancellationToken cancellationToken)
    {
        var message = delivery.Job.Message;
        var state = delivery.Sent ? DeliveryState.Sent : DeliveryState.Failed;
        await grains.Get<IUserGrain>(delivery.Job.UserId).RecordDelivery(message.ChallengeId, message.DeviceId, state, delivery.Error);
        if (delivery.TokenIsDead)
        {
            await grains.Get<IUserGrain>(delivery.Job.UserId).ClearDeadPushToken(message.DeviceId, message.DeviceToken);
        }
    }
}
