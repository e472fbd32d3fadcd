using MfaGrains.Hosting.Health;
using MfaGrains.Hosting.Metrics;
using MfaGrains.Hosting.Silo;

var builder = WebApplication.CreateBuilder(args);
builder.AddMfaGrainsSilo();
builder.Services.AddMfaGrainsSiloHealth();
builder.AddMfaGrainsMetrics();

var app = builder.Build();
app.MapMfaGrainsSiloHealth();
app.MapMfaGrainsMetrics();
app.Run();
