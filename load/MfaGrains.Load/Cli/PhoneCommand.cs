using System.CommandLine;
using System.Text.Json;
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
            using var phoneKey = file is null ? PhoneKey.Create() : PhoneKey.FromPkcs8(file.PrivateKey);
            file = new PhoneKeyFile(url.ToString(), phoneKey.DeviceId, phoneKey.ExportPkcs8(), file?.UserId);
            await file.SaveAsync(path, cancel);

            using var http = TargetClients.Create(url, 2);
            using var response = await http.SendAsync(PhoneRequests.Activate(phoneKey, parse.GetRequiredValue(code)), cancel);
            var exit = await PrintAsync(response, cancel);
            if (exit == 0)
            {
                await (file with { UserId = await UserIdOf(response, cancel) }).SaveAsync(path, cancel);
                Console.Error.WriteLine($"deviceId: {phoneKey.DeviceId} (key saved in {Path.GetFullPath(path)})");
            }

            return exit;
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
            var (http, phoneKey) = await OpenAsync(parse.GetRequiredValue(key), cancel);
            using (http)
            using (phoneKey)
            {
                using var response = await http.SendAsync(PhoneRequests.Pending(phoneKey, parse.GetValue(wait)), cancel);
                return await PrintAsync(response, cancel);
            }
        }));
        return command;
    }

    private static Command Answer()
    {
        var command = new Command("answer", "Answer a challenge: approve (with the number the portal shows), deny or report");
        var key = KeyFile();
        var challenge = new Option<string>("--challenge") { Description = "The challengeId (chl_…)", Required = true };
        var decision = new Option<string>("--decision") { Description = "approve, deny or report", DefaultValueFactory = _ => "approve" }
            .AcceptOnlyFromAmong("approve", "deny", "report");
        var number = new Option<string?>("--number") { Description = "The number the portal shows; needed to approve" };
        foreach (var option in new Option[] { key, challenge, decision, number })
        {
            command.Add(option);
        }

        command.SetAction((parse, cancel) => CommandGuard.Run(async () =>
        {
            var (http, phoneKey) = await OpenAsync(parse.GetRequiredValue(key), cancel);
            using (http)
            using (phoneKey)
            {
                var request = PhoneRequests.Answer(phoneKey, parse.GetRequiredValue(challenge), parse.GetRequiredValue(decision), parse.GetValue(number));
                using var response = await http.SendAsync(request, cancel);
                return await PrintAsync(response, cancel);
            }
        }));
        return command;
    }

    private static async Task<(HttpClient Http, PhoneKey Key)> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var file = await PhoneKeyFile.LoadAsync(path, cancellationToken);
        var key = PhoneKey.FromPkcs8(file.PrivateKey);
        return (TargetClients.Create(new Uri(file.Target), 2, TimeSpan.FromSeconds(60)), key);
    }

    /// <summary>The body, indented, on stdout (so it pipes into jq); a non-2xx status also goes to stderr and gives exit code 1.</summary>
    private static async Task<int> PrintAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (body.Length > 0)
        {
            Console.Out.WriteLine(Indent(body));
        }

        if (response.IsSuccessStatusCode)
        {
            return 0;
        }

        await Console.Error.WriteLineAsync($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        return 1;
    }

    private static async Task<string?> UserIdOf(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        try
        {
            using var document = JsonDocument.Parse(body);
            return ApiCall.Text(document.RootElement, "userId");
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Indent(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(document.RootElement, Pretty);
        }
        catch (JsonException)
        {
            return json;
        }
    }
}
