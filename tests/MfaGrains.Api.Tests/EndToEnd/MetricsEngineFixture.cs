using MfaGrains.Push.Sending;
using MfaGrains.Push.Tests.Dispatch;
using Microsoft.Extensions.DependencyInjection;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>The real engine with an FCM sender that accepts every push, so a scrape also shows the dispatcher's series.</summary>
public sealed class MetricsEngineFixture : EngineFixture
{
    public MetricsEngineFixture()
        : this(new ScriptedSender(PushProvider.Fcm))
    {
    }

    private MetricsEngineFixture(ScriptedSender fcm)
        : base(new EngineHost(configureServices: services => services.AddSingleton<IPushSender>(fcm)))
    {
        Fcm = fcm;
    }

    public ScriptedSender Fcm { get; }
}
