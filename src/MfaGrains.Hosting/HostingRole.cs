namespace MfaGrains.Hosting;

/// <summary>What the API process hosts besides HTTP: a silo of its own (the single-machine default), or nothing.</summary>
public enum HostingRole
{
    /// <summary>API and silo in one process.</summary>
    CoHosted,

    /// <summary>A stateless API that reaches a separate silo cluster through its gateways.</summary>
    Client,
}
