namespace Alerts.Host.Tests.Support;

/// <summary>
/// A staff account on a running Host's database, made the way an administrator without the console does it (the CLI):
/// <c>accounts add</c>, then <c>accounts password</c> for a console login and its one-time password.
/// </summary>
public static class ConsoleStaff
{
    public sealed record Staff(string Login, string OneTimePassword, string KeyPrefix);

    public static async Task<Staff> AddAsync(HostProcess host, string name, string role, string region, string? department = null)
    {
        var args = new List<string> { "accounts", "add", "--name", name, "--role", role, "--region", region };
        if (department is not null) args.AddRange(["--department", department]);
        var added = await HostCli.RunAsync(host.Directory, host.DatabasePath, [.. args]);
        Assert.True(added.ExitCode == 0, added.Err);
        var key = LastLine(added.Out);
        var prefix = key[..12];
        var login = "u" + prefix[4..].ToLowerInvariant();
        var password = await HostCli.RunAsync(host.Directory, host.DatabasePath, "accounts", "password", prefix, "--login", login);
        Assert.True(password.ExitCode == 0, password.Err);
        return new Staff(login, LastLine(password.Out), prefix);
    }

    private static string LastLine(string output) => output.TrimEnd().Split('\n')[^1].Trim();
}
