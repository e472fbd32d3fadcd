using MfaGrains.Hosting.Operations;
using Microsoft.Extensions.Options;
using Orleans.Dashboard;

namespace MfaGrains.Api.Operations;

/// <summary>Serves the Orleans dashboard at <c>/dashboard</c>: open in Development, behind the operator policy everywhere else unless configured otherwise.</summary>
public static class OperationsDashboard
{
    /// <summary>Where the dashboard is served.</summary>
    public const string RoutePrefix = "/dashboard";

    /// <summary>Binds <see cref="OperationsDashboardOptions"/> (validated at start-up) and adds operator authentication.</summary>
    public static IServiceCollection AddOperationsDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OperationsDashboardOptions>().BindConfiguration(OperationsDashboardOptions.Section).ValidateOnStart();
        services.AddOperatorAuthentication(configuration);
        return services;
    }

    /// <summary>Maps the dashboard's UI and JSON routes, unless <c>Operations:Dashboard:Enabled</c> is false; never in the OpenAPI document.</summary>
    public static WebApplication MapOperationsDashboard(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<OperationsDashboardOptions>>().Value;
        if (!options.Enabled)
        {
            return app;
        }

        var dashboard = app.MapOrleansDashboard(routePrefix: RoutePrefix).ExcludeFromDescription().AddEndpointFilter<SiloAddressRouteFilter>();
        if (options.RequireAuthorization ?? !app.Environment.IsDevelopment())
        {
            dashboard.RequireAuthorization(OperatorAuthentication.Policy);
        }

        return app;
    }
}
