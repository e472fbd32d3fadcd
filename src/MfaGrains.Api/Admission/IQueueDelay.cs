namespace MfaGrains.Api.Admission;

/// <summary>How long new work currently waits for a thread: the engine's CPU saturation as a request feels it.</summary>
public interface IQueueDelay
{
    TimeSpan Current { get; }
}
