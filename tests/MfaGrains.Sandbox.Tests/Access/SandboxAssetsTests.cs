using System.Text.RegularExpressions;
using MfaGrains.Api.Sandbox;

namespace MfaGrains.Sandbox.Tests.Access;

/// <summary>The embedded files hang together: everything the page loads is there, and nothing is inline (the policy would refuse it).</summary>
public sealed partial class SandboxAssetsTests
{
    private readonly SandboxAssets _assets = SandboxAssets.Load();

    [Fact]
    public void Every_file_the_page_and_its_modules_load_is_embedded_with_its_content_type()
    {
        var page = Text("index.html");
        var loaded = PageReference().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("sandbox.js", loaded);
        Assert.Contains("jsqr.js", loaded);

        var pending = new Queue<string>(loaded.Where(name => name.EndsWith(".js", StringComparison.Ordinal)));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryDequeue(out var module))
        {
            Assert.True(_assets.TryGet(module, out var asset), $"{module} is loaded but not embedded.");
            Assert.Equal("text/javascript; charset=utf-8", asset.ContentType);
            foreach (var import in ModuleImport().Matches(Text(module)).Select(m => m.Groups[1].Value).Where(seen.Add))
            {
                pending.Enqueue(import);
            }
        }

        Assert.Contains("signing.js", seen);
        Assert.True(_assets.TryGet("sandbox.css", out var css) && css.ContentType == "text/css; charset=utf-8");
        Assert.True(_assets.TryGet("jsqr-LICENSE.txt", out _), "The vendored QR decoder ships without its licence.");
    }

    [Fact]
    public void The_page_has_no_inline_script_or_style()
    {
        var page = Text("index.html");

        Assert.DoesNotMatch(InlineScript(), page);
        Assert.DoesNotContain("<style", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(EventHandlerAttribute(), page);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("portal-api.js")]
    [InlineData("portal.js")]
    public void No_portal_key_is_embedded_in_the_page(string name) =>
        Assert.DoesNotContain("dev-portal-key", Text(name), StringComparison.OrdinalIgnoreCase);

    private string Text(string name)
    {
        Assert.True(_assets.TryGet(name, out var asset), $"{name} is not embedded.");
        return System.Text.Encoding.UTF8.GetString(asset.Content);
    }

    [GeneratedRegex("(?:src|href)=\"/sandbox/([^\"]+)\"")]
    private static partial Regex PageReference();

    [GeneratedRegex("from '\\./([^']+)'")]
    private static partial Regex ModuleImport();

    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>")]
    private static partial Regex InlineScript();

    [GeneratedRegex("\\son[a-z]+=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();
}
