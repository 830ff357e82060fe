using System.Diagnostics;

namespace Alerts.Host.Tests.Support;

/// <summary>
/// Makes a file impossible to open for writing until disposed. Permission bits alone do not stop root, who runs
/// these tests in CI, so as root the file is also made immutable (chattr +i), which binds root too. The result is
/// checked by opening the file for writing, so a test never passes on a file that was writable after all.
/// </summary>
public sealed class ReadOnlyFile : IDisposable
{
    private readonly string _path;
    private readonly UnixFileMode _mode;
    private readonly bool _immutable;

    private ReadOnlyFile(string path)
    {
        if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException("Unix file modes only.");
        _path = path;
        _mode = File.GetUnixFileMode(path);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        if (Environment.IsPrivilegedProcess)
        {
            Chattr("+i");
            _immutable = true;
        }
    }

    public static ReadOnlyFile Make(string path)
    {
        var file = new ReadOnlyFile(path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return file;
        }

        file.Dispose();
        throw new InvalidOperationException($"{path} is still writable: this file system ignores chattr +i, so the test cannot run here.");
    }

    public void Dispose()
    {
        if (OperatingSystem.IsWindows()) return;
        if (_immutable) Chattr("-i");
        File.SetUnixFileMode(_path, _mode);
    }

    private void Chattr(string flag)
    {
        var start = new ProcessStartInfo("chattr") { RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(flag);
        start.ArgumentList.Add(_path);
        using var chattr = Process.Start(start)!;
        var error = chattr.StandardError.ReadToEnd();
        chattr.WaitForExit();
        if (chattr.ExitCode != 0)
            throw new InvalidOperationException($"chattr {flag} {_path} failed ({chattr.ExitCode}): {error}");
    }
}
