using System.Security.Cryptography;
using System.Text.Json;
using Spectre.Console;

namespace MfaGrains.Load.Cli;

/// <summary>Turns a command's expected failures (bad input, unreachable engine, failed seeding) into a message and exit code 2, not a stack trace.</summary>
public static class CommandGuard
{
    public const int SetupFailed = 2;

    public static async Task<int> Run(Func<Task<int>> command)
    {
        try
        {
            return await command();
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or InvalidDataException or IOException
            or UnauthorizedAccessException or HttpRequestException or JsonException or CryptographicException or FormatException or TaskCanceledException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error[/]: {exception.Message}");
            return SetupFailed;
        }
    }
}
