namespace Alerts.Host.Tests.Support;

/// <summary>
/// Tests that start the real Host process or Chromium, or keep every core busy dispatching a whole warning, run alone,
/// after the in-memory tests: on a 2-core machine a browser competing with dozens of parallel Hosts can miss its
/// timeouts, and a dispatch at full speed makes the in-memory tests' reply budgets miss theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Real processes and Chromium, one at a time";
}
