using MfaGrains.Api.Accounts;
using MfaGrains.Api.Admission;
using MfaGrains.Api.Audit;
using MfaGrains.Api.Challenges;
using MfaGrains.Api.Devices;
using MfaGrains.Api.Endpoints;
using MfaGrains.Api.Enrolment;
using MfaGrains.Api.Http;
using MfaGrains.Api.OpenApi;
using MfaGrains.Api.Operations;
using MfaGrains.Api.Passcodes;
using MfaGrains.Api.Portal;
using MfaGrains.Api.Prewarm;
using MfaGrains.Api.Problems;
using MfaGrains.Api.Sandbox;
using MfaGrains.Contracts.Errors;
using MfaGrains.Api.Health;
using MfaGrains.Hosting;
using MfaGrains.Hosting.Client;
using MfaGrains.Hosting.Metrics;
using MfaGrains.Hosting.Security;
using MfaGrains.Hosting.Silo;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MfaGrains.Api.Hosting;

/// <summary>The API host's table of contents: what it registers and what it maps.</summary>
public static class ApiHostingExtensions
{
    /// <summary>The API, co-hosting a silo (the single-machine default) or, with <c>Hosting:Role=Client</c>, as a stateless client of a cluster.</summary>
    public static WebApplicationBuilder AddMfaGrainsApi(this WebApplicationBuilder builder)
    {
        UserIdSpelling.RequireUnicodeData();
        PublishedSecrets.RefuseOutsideDevelopment(builder.Configuration, builder.Environment);
        var role = builder.Configuration.GetValue("Hosting:Role", HostingRole.CoHosted);
        if (role == HostingRole.Client)
        {
            builder.AddMfaGrainsClient();
        }
        else
        {
            builder.AddMfaGrainsSilo();
        }

        builder.Services.AddMfaJson();
        builder.Services.AddMfaProblemHandling();
        builder.Services.AddContentTypeCheckAfterAuthentication();
        builder.Services.AddTrustedProxies(builder.Configuration);
        builder.Services.AddPortalAuthentication(builder.Configuration);
        builder.Services.AddDeviceSignatureAuthentication();
        builder.Services.AddOptions<PublicEndpointOptions>().BindConfiguration(PublicEndpointOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<PublicEndpointOptions>, PublicEndpointOptionsValidator>();
        builder.Services.AddOptions<ActivationThrottleOptions>().BindConfiguration(ActivationThrottleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<TotpIssuerOptions>().BindConfiguration(TotpIssuerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ActivationLinks>();
        builder.Services.AddSingleton<TotpKeyUris>();
        builder.Services.AddSingleton<ActivationThrottle>();
        builder.Services.AddSingleton<ActivationMetrics>();

        // The API's own clock: a client-role API registers no grain services, so it cannot borrow the grains' domain clock.
        builder.Services.TryAddKeyedSingleton(ApiClock.Key, TimeProvider.System);
        builder.Services.AddSingleton<DeviceKeyCache>();
        builder.Services.AddSingleton<UnknownDevices>();
        builder.Services.AddMfaOpenApi();
        builder.Services.AddMfaGrainsApiHealth(role);
        builder.AddMfaGrainsMetrics();
        builder.Services.AddOperationsDashboard(builder.Configuration);
        builder.Services.AddSandbox();
        builder.Services.AddAdmissionControl();
        return builder;
    }

    public static WebApplication MapMfaGrainsApi(this WebApplication app)
    {
        app.UseTrustedProxies();
        app.UseRawUserIds();
        app.UseChallengeLogScope();
        app.UseMfaProblemHandling();
        app.UseCaseSensitiveMethods();
        app.UseRequestBodyLimit();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseUtf8JsonBodies();
        app.UseAdmissionControl();
        app.MapOpenApi();
        app.MapMfaGrainsApiHealth();
        app.MapMfaGrainsMetrics();
        app.MapOperationsDashboard();
        app.MapSandbox();

        var users = app.MapGroup("/v1/users")
            .RequireAuthorization(PortalAuthentication.Policy)
            .AddEndpointFilter<PortalUserFilter>()
            .ProducesErrors(MfaErrorCode.Unauthenticated, MfaErrorCode.ValidationFailed, MfaErrorCode.UnsupportedMediaType, MfaErrorCode.PayloadTooLarge);
        users.MapEnrolmentApi();
        users.MapChallengeApi();
        users.MapAccountApi();
        users.MapAuditApi();
        users.MapPasscodeApi();
        users.MapTotpApi();
        app.MapDeviceApi();
        app.MapPrewarmApi();
        return app;
    }
}
