using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;

namespace MfaGrains.Hosting.Silo;

/// <summary>
/// Orleans' own load shedding, bound from <c>Orleans:LoadShedding</c> (<c>LoadSheddingEnabled</c>, <c>CpuThreshold</c>,
/// <c>MemoryThreshold</c>; Orleans validates them at start-up). Off by default: a silo past its threshold refuses every
/// call from API clients, answers included, which the API answers 503. The API's admission control, which refuses only
/// new sign-ins, is the first line; this is the backstop for silos whose CPU is the limit.
/// </summary>
public static class LoadSheddingConfiguration
{
    public const string Section = "Orleans:LoadShedding";

    public static ISiloBuilder AddMfaGrainsLoadShedding(this ISiloBuilder silo)
    {
        silo.Services.AddOptions<LoadSheddingOptions>().BindConfiguration(Section);
        return silo;
    }
}
