using System.Diagnostics.Metrics;
using MfaGrains.Contracts.Errors;
using MfaGrains.Api.Problems;
using MfaGrains.Hosting.Metrics;

namespace MfaGrains.Api.Devices;

/// <summary>The API's count of device activation attempts (<c>mfagrains_device_activations_total</c>), by outcome.</summary>
public sealed class ActivationMetrics
{
    private readonly Counter<long> _activations;

    public ActivationMetrics(IMeterFactory meterFactory) =>
        _activations = meterFactory.Create(MetricsHostingExtensions.EngineMeterName).CreateCounter<long>(
            "mfagrains.device.activations", "{activation}", "Device activation attempts, by outcome: activated or the contract's error code.");

    /// <param name="refusal">The contract error the attempt ended in; null when the device was activated.</param>
    public void ActivationAttempted(MfaErrorCode? refusal) =>
        _activations.Add(1, new KeyValuePair<string, object?>("outcome", refusal is { } code ? ProblemCatalogue.Get(code).WireCode : "activated"));
}
