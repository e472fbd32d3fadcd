using System.CommandLine;

namespace MfaGrains.Load.Cli;

/// <summary>Options shared by several commands, each made fresh for the command that adds it.</summary>
public static class CliOptions
{
    public static Option<IReadOnlyList<Uri>> Targets() => new("--target")
    {
        Description = "API base URL, or several separated by commas (spread round-robin), e.g. http://localhost:5080",
        Required = true,
        CustomParser = result =>
        {
            var urls = new List<Uri>();
            foreach (var text in result.Tokens.SelectMany(token => token.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            {
                if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
                {
                    urls.Add(url);
                }
                else
                {
                    result.AddError($"--target: '{text}' is not an http(s) URL.");
                }
            }

            return urls;
        },
    };

    /// <summary>One API base URL.</summary>
    public static Option<Uri> Target() => new("--target")
    {
        Description = "API base URL, e.g. http://localhost:5080",
        Required = true,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            {
                return url;
            }

            result.AddError($"--target: '{text}' is not an http(s) URL.");
            return null;
        },
    };

    public static Option<string> PortalKey() => new("--portal-key")
    {
        Description = "The portal API key (Authorization: Bearer); dev-portal-key in Development",
        Required = true,
    };

    public static Option<TimeSpan> Duration(string name, TimeSpan defaultValue, string description) => new(name)
    {
        Description = description + " (30s, 500ms, 2m, 1m30s)",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return defaultValue;
            }

            if (DurationParser.TryParse(result.Tokens[0].Value, out var duration))
            {
                return duration;
            }

            result.AddError($"{name}: '{result.Tokens[0].Value}' is not a duration such as 30s, 500ms or 2m.");
            return defaultValue;
        },
    };

    public static Option<int> Positive(string name, int defaultValue, string description) => Validated(new Option<int>(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
    }, value => value > 0, "must be at least 1");

    public static Option<T> Validated<T>(Option<T> option, Func<T, bool> valid, string problem)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<T>() is { } value && !valid(value))
            {
                result.AddError($"{option.Name} {problem}.");
            }
        });
        return option;
    }
}
