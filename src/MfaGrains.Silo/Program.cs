using MfaGrains.Hosting.Health;
using MfaGrains.Hosting.Silo;

var builder = WebApplication.CreateBuilder(args);
builder.AddMfaGrainsSilo();
builder.Services.AddMfaGrainsSiloHealth();

var app = builder.Build();
app.MapMfaGrainsSiloHealth();
app.Run();
