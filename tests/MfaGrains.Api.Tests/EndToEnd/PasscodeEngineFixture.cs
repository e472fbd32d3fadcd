using MfaGrains.Messaging.Sending;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>The real engine with a recording passcode sender in front of any configured one, and the engine's own logs captured.</summary>
public sealed class PasscodeEngineFixture : EngineFixture
{
    public PasscodeEngineFixture()
        : this(new RecordingPasscodeSender(), new CapturedLog())
    {
    }

    private PasscodeEngineFixture(RecordingPasscodeSender sender, CapturedLog log)
        : base(new EngineHost(configureServices: services =>
        {
            // First in line: the grain uses the first sender that serves the channel.
            services.Insert(0, ServiceDescriptor.Singleton<IPasscodeSender>(sender));
            services.AddLogging(logging => logging.AddProvider(log).AddFilter<CapturedLog>("MfaGrains", LogLevel.Debug));
        }))
    {
        Sender = sender;
        Log = log;
    }

    public RecordingPasscodeSender Sender { get; }

    public CapturedLog Log { get; }

    public static string NewPhoneNumber() => "+447700" + Random.Shared.Next(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
