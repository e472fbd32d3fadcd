using MfaGrains.Messaging.Tests.Notify;
using MfaGrains.Messaging.Tests.Support;
using MfaGrains.Messaging.Tests.Webhook;

namespace MfaGrains.Messaging.Tests.Hosting;

/// <summary>Misconfiguration stops the host at start-up with a message that names the setting and never echoes a secret.</summary>
public sealed class StartupValidationTests
{
    private const string LoopbackUrl = "http://127.0.0.1:9";

    [Fact]
    public async Task Valid_settings_start()
    {
        var settings = NotifyHarness.Settings(LoopbackUrl);
        foreach (var (key, value) in WebhookHarness.Settings(LoopbackUrl + "/passcodes"))
        {
            settings[key] = value;
        }

        using var host = TestHost.Build(settings);

        await host.StartAsync().WaitAsync(Deadline.Step);
        await host.StopAsync().WaitAsync(Deadline.Step);
    }

    [Theory]
    [InlineData("mfagrains-ci-live-" + NotifyTestKey.ServiceId + NotifyTestKey.Secret)]
    [InlineData(NotifyTestKey.Secret)]
    [InlineData("mfagrains-ci-live-" + NotifyTestKey.ServiceId + "-" + "e3b1f7a2-95c4-4d2e-8f6a-1b0c9d8e7f6")]
    public async Task Malformed_api_key_fails_naming_the_setting_without_quoting_the_key(string apiKey)
    {
        var settings = NotifyHarness.Settings(LoopbackUrl);
        settings["Messaging:Notify:ApiKey"] = apiKey;

        var message = await TestHost.StartUpFailureAsync(settings);

        Assert.Contains("Messaging:Notify:ApiKey is not a GOV.UK Notify API key", message, StringComparison.Ordinal);
        AssertQuotesNone(message, apiKey, NotifyTestKey.Secret, NotifyTestKey.ServiceId);
    }

    [Fact]
    public async Task Missing_api_key_fails_naming_the_setting()
    {
        var settings = NotifyHarness.Settings(LoopbackUrl);
        settings["Messaging:Notify:ApiKey"] = null;

        Assert.Contains("Messaging:Notify:ApiKey is required", await TestHost.StartUpFailureAsync(settings), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("my-template")]
    public async Task Missing_or_malformed_template_id_fails_naming_the_setting(string? templateId)
    {
        var settings = NotifyHarness.Settings(LoopbackUrl);
        settings["Messaging:Notify:SmsTemplateId"] = templateId;

        var message = await TestHost.StartUpFailureAsync(settings);

        Assert.Contains("Messaging:Notify:SmsTemplateId", message, StringComparison.Ordinal);
        AssertQuotesNone(message, NotifyTestKey.ApiKey, NotifyTestKey.Secret);
    }

    [Fact]
    public async Task Malformed_sms_sender_id_fails_naming_the_setting()
    {
        var message = await TestHost.StartUpFailureAsync(NotifyHarness.Settings(LoopbackUrl, smsSenderId: "NHS"));

        Assert.Contains("Messaging:Notify:SmsSenderId", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task Plain_http_to_a_remote_notify_fails_in_every_environment(string environment)
    {
        var message = await TestHost.StartUpFailureAsync(NotifyHarness.Settings("http://api.notifications.service.gov.uk"), environment);

        Assert.Contains("Messaging:Notify:BaseUrl must be an absolute https:// URL", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Short_webhook_secret_fails_without_quoting_it()
    {
        var settings = WebhookHarness.Settings(LoopbackUrl);
        settings["Messaging:Webhook:Secret"] = "too-short-s3cret";

        var message = await TestHost.StartUpFailureAsync(settings);

        Assert.Contains("Messaging:Webhook:Secret must be at least 32 characters", message, StringComparison.Ordinal);
        AssertQuotesNone(message, "too-short-s3cret");
    }

    [Fact]
    public async Task Missing_webhook_url_fails_naming_the_setting()
    {
        var settings = WebhookHarness.Settings(LoopbackUrl);
        settings["Messaging:Webhook:Url"] = null;

        Assert.Contains("Messaging:Webhook:Url", await TestHost.StartUpFailureAsync(settings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_http_webhook_fails_without_quoting_the_url()
    {
        const string Url = "http://gateway:t0ken@voice.example.nhs.uk/passcodes";

        var message = await TestHost.StartUpFailureAsync(WebhookHarness.Settings(Url));

        Assert.Contains("Messaging:Webhook:Url must be an absolute https:// URL", message, StringComparison.Ordinal);
        AssertQuotesNone(message, "t0ken", WebhookHarness.Secret);
    }

    private static void AssertQuotesNone(string message, params string[] secrets)
    {
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, message, StringComparison.OrdinalIgnoreCase);
        }
    }
}
