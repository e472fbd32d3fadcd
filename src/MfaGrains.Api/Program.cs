using MfaGrains.Api.Hosting;
using MfaGrains.Hosting.Runtime;

InlineSocketCompletions.EnableUnlessConfigured();

var builder = WebApplication.CreateBuilder(args);
builder.AddMfaGrainsApi();

var app = builder.Build();
app.MapMfaGrainsApi();
app.Run();
