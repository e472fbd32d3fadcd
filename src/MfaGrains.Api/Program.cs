using MfaGrains.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddMfaGrainsApi();

var app = builder.Build();
app.MapMfaGrainsApi();
app.Run();
