using MfaGrains.Load.Engine;

namespace MfaGrains.Load.Cli;

/// <summary>A surge as given on the command line: where and how safely, its plan, the portal key and the users file.</summary>
public sealed record SurgeSettings(CommonSettings Common, SurgePlan Plan, string PortalKey, string UsersPath);
