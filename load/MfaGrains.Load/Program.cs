using MfaGrains.Load.Cli;
using MfaGrains.Load.Reporting;

// Read once, when the first socket is made: a response's continuation then runs on the thread that saw the socket
// ready instead of waking a pool thread for it, halving the runner's context switches per sign-in (docs/benchmarks.md).
const string InlineSocketCompletions = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";
if (Environment.GetEnvironmentVariable(InlineSocketCompletions) is null)
{
    Environment.SetEnvironmentVariable(InlineSocketCompletions, "1");
}

LiveConsole.FitRedirectedOutput();
var parse = LoadCommandLine.Create(args).Parse(args);
var exit = await parse.InvokeAsync();

// A usage error is not a failed run: 2, like any setup failure, so CI can tell the two apart.
return parse.Errors.Count > 0 ? CommandGuard.SetupFailed : exit;
