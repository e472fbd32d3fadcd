namespace MfaGrains.Push.Dispatch;

/// <summary>Receives the final outcome of each push so the engine can record it; implemented by the grains.</summary>
public interface IPushDeliveryReporter
{
    Task ReportAsync(PushDelivery delivery, CancellationToken cancellationToken);
}
