namespace MfaGrains.Load.Reporting;

/// <summary>One line of a report's header, such as the command or the targets; a verbatim value is set as code.</summary>
public sealed record ReportNote(string Label, string Value, bool Verbatim = false);
