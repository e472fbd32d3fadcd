using System.Net;
using MfaGrains.Api.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MfaGrains.Api.Tests.Hardening;

/// <summary>The engine on a storage whose writes fail for some users: a failed write leaves nothing visible, and the fault's log names no user.</summary>
public sealed class FailingStorageTests(FailingStorageTests.Engine engine) : IClassFixture<FailingStorageTests.Engine>
{
    [Fact]
    public async Task A_failed_first_write_leaves_no_user_behind()
    {
        var userId = FailingWritesStorage.Prefix + Guid.NewGuid().ToString("N");

        var created = await engine.Portal.Send(HttpMethod.Post, TestPortal.Users(userId) + "/totp");

        Assert.Equal(HttpStatusCode.InternalServerError, created.StatusCode);
        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "user_not_found", await engine.Portal.Send(HttpMethod.Get, TestPortal.Users(userId)));
    }

    [Fact]
    public async Task A_fault_that_names_the_grain_is_logged_without_the_user_id()
    {
        var userId = FailingWritesStorage.Prefix + Guid.NewGuid().ToString("N");

        await engine.Portal.Send(HttpMethod.Post, TestPortal.Users(userId) + "/enrolments", "{}");

        var entries = engine.Log.Entries;
        Assert.Contains(entries, entry => entry.Contains("IOException", StringComparison.Ordinal));
        var naming = entries.Where(entry => entry.Contains(userId, StringComparison.Ordinal)).Select(entry => entry[..Math.Min(entry.Length, 300)]);
        Assert.True(!naming.Any(), string.Join("\n", naming));
    }

    /// <summary>The engine's storage stack with <see cref="FailingWritesStorage"/> inside it, so Orleans logs under the shipped category; warnings and errors captured.</summary>
    public sealed class Engine : EngineFixture
    {
        public Engine()
            : this(new CapturedLog())
        {
        }

        private Engine(CapturedLog log)
            : base(new EngineHost(configureServices: services =>
            {
                services.AddLogging(logging => logging.AddProvider(log));
                services.WrapSqliteStorage(inner => new FailingWritesStorage(inner));
            })) => Log = log;

        public CapturedLog Log { get; }
    }
}
