namespace Alerts.Host.Tests.Support;

/// <summary>
/// Tests that start the real Host process or Chromium run alone, after the in-memory tests: on a 2-core machine a
/// browser competing with dozens of parallel Hosts can miss its timeouts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Real processes and Chromium, one at a time";
}
