using MfaGrains.Load.Cli;
using MfaGrains.Load.Reporting;

LiveConsole.FitRedirectedOutput();
var parse = LoadCommandLine.Create(args).Parse(args);
var exit = await parse.InvokeAsync();

// A usage error is not a failed run: 2, like any setup failure, so CI can tell the two apart.
return parse.Errors.Count > 0 ? CommandGuard.SetupFailed : exit;
