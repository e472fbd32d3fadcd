using MfaGrains.Hosting.Health;
using MfaGrains.Hosting.Metrics;
using MfaGrains.Hosting.Runtime;
using MfaGrains.Hosting.Silo;

InlineSocketCompletions.EnableUnlessConfigured();

var builder = WebApplication.CreateBuilder(args);
builder.AddMfaGrainsSilo();
builder.Services.AddMfaGrainsSiloHealth();
builder.AddMfaGrainsMetrics();

var app = builder.Build();
app.MapMfaGrainsSiloHealth();
app.MapMfaGrainsMetrics();
app.Run();
