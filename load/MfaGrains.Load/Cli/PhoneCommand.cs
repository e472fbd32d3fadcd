using System.CommandLine;
using System.Text.Json;
using MfaGrains.Client;
using MfaGrains.Client.Json;
using MfaGrains.Client.Signing;
using MfaGrains.Load.Http;
using MfaGrains.Load.Phones;

namespace MfaGrains.Load.Cli;

/// <summary><c>phone</c>: an authenticator app for a person at a terminal: <c>activate</c>, <c>pending</c>, <c>answer</c>, every request signed with the key file's key.</summary>
public static class PhoneCommand
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true };

    public static Command Create()
    {
        var phone = new Command("phone", "A phone simulator: activate a key, list pending challenges, answer one");
        phone.Add(Activate());
        phone.Add(Pending());
        phone.Add(Answer());
        return phone;
    }

    private static Option<string> KeyFile() => new("--key") { Description = "The key file (target, deviceId, private key)", DefaultValueFactory = _ => "phone.json" };

    private static Command Activate()
    {
        var command = new Command("activate", "Activate with a 9-digit code; creates and saves the key file if missing; prints the deviceId");
        var target = CliOptions.Target();
        var code = new Option<string>("--code") { Description = "The 9-digit activation code from the enrolment", Required = true };
        var key = KeyFile();
        command.Add(target);
        command.Add(code);
        command.Add(key);
        command.SetAction((parse, cancel) => CommandGuard.Run(async () =>
        {
            var path = parse.GetRequiredValue(key);
            var url = parse.GetRequiredValue(target);
            var file = File.Exists(path) ? await PhoneKeyFile.LoadAsync(path, cancel) : null;
            using var deviceKey = file is null ? DeviceKey.Create() : DeviceKey.FromPkcs8(Convert.FromBase64String(file.PrivateKey));
            file = new PhoneKeyFile(url.ToString(), deviceKey.DeviceId, Convert.ToBase64String(deviceKey.ExportPkcs8()), file?.UserId);
            await file.SaveAsync(path, cancel);

            using var http = TargetClients.Create(url, 2);
            var phone = new MfaPhoneClient(http, deviceKey);
            return await PrintAsync(async () =>
            {
                var device = await phone.ActivateAsync(parse.GetRequiredValue(code), deviceName: PhoneCalls.DeviceName, appVersion: "1.0.0", cancellationToken: cancel);
                await (file with { UserId = device.UserId }).SaveAsync(path, cancel);
                Console.Error.WriteLine($"deviceId: {deviceKey.DeviceId} (key saved in {Path.GetFullPath(path)})");
                return JsonSerializer.Serialize(device, ClientJson.Default.ActivatedDevice);
            });
        }));
        return command;
    }

    private static Command Pending()
    {
        var command = new Command("pending", "Print this phone's pending challenges as JSON (never with the number)");
        var key = KeyFile();
        var wait = CliOptions.Validated(new Option<int>("--wait") { Description = "Hold up to this many seconds (0-30) until one is pending" },
            seconds => seconds is >= 0 and <= 30, "must be 0-30");
        command.Add(key);
        command.Add(wait);
        command.SetAction((parse, cancel) => CommandGuard.Run(async () =>
        {
            var (http, deviceKey) = await OpenAsync(parse.GetRequiredValue(key), cancel);
            using (http)
            using (deviceKey)
            {
                var phone = new MfaPhoneClient(http, deviceKey);
                return await PrintAsync(async () => JsonSerializer.Serialize(
                    await phone.WaitForPendingAsync(TimeSpan.FromSeconds(parse.GetValue(wait)), cancel), ClientJson.Default.IReadOnlyListPendingChallenge));
            }
        }));
        return command;
    }

    private static Command Answer()
    {
        var command = new Command("answer", "Answer a challenge: approve (with the number the portal shows), deny or report");
        var key = KeyFile();
        var challenge = new Option<string>("--challenge") { Description = "The challengeId (chl_…)", Required = true };
        var decision = new Option<AnswerDecision>("--decision") { Description = "approve, deny or report", DefaultValueFactory = _ => AnswerDecision.Approve };
        var number = new Option<string?>("--number") { Description = "The number the portal shows; needed to approve" };
        foreach (var option in new Option[] { key, challenge, decision, number })
        {
            command.Add(option);
        }

        command.SetAction((parse, cancel) => CommandGuard.Run(async () =>
        {
            var (http, deviceKey) = await OpenAsync(parse.GetRequiredValue(key), cancel);
            using (http)
            using (deviceKey)
            {
                var phone = new MfaPhoneClient(http, deviceKey);
                return await PrintAsync(async () => JsonSerializer.Serialize(
                    await phone.AnswerAsync(parse.GetRequiredValue(challenge), parse.GetValue(decision), parse.GetValue(number), cancel),
                    ClientJson.Default.AnswerResult));
            }
        }));
        return command;
    }

    private static async Task<(HttpClient Http, DeviceKey Key)> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var file = await PhoneKeyFile.LoadAsync(path, cancellationToken);
        var key = DeviceKey.FromPkcs8(Convert.FromBase64String(file.PrivateKey));
        return (TargetClients.Create(new Uri(file.Target), 2, TimeSpan.FromSeconds(60)), key);
    }

    /// <summary>The answer, indented, on stdout (so it pipes into jq); a refusal prints its problem there too, its status on stderr, and gives exit code 1.</summary>
    private static async Task<int> PrintAsync(Func<Task<string>> call)
    {
        try
        {
            Console.Out.WriteLine(Indent(await call()));
            return 0;
        }
        catch (MfaProblemException refused)
        {
            Console.Out.WriteLine(Indent(JsonSerializer.Serialize(refused.Problem, ClientJson.Default.MfaProblem)));
            await Console.Error.WriteLineAsync($"HTTP {(int)refused.StatusCode} {refused.Code}");
            return 1;
        }
    }

    private static string Indent(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement, Pretty);
    }
}
