namespace Alerts.Host.Tests.Support;

public static class Repository
{
    /// <summary>The folder holding Alerts.sln, found upwards from the test binaries.</summary>
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Alerts.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Alerts.sln not found above the test binaries");
    }
}
