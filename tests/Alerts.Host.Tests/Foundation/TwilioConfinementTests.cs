using System.Reflection;
using System.Text.RegularExpressions;

namespace Alerts.Host.Tests.Foundation;

/// <summary>
/// Twilio's library (RequestValidator, MessagingResponse) is used only inside Channels/Twilio: no other assembly of
/// ours is compiled against it, and no other Channels source names it. The rest see our own Twilio types.
/// </summary>
public sealed partial class TwilioConfinementTests
{
    [Theory]
    [InlineData("Alerts.Store")]
    [InlineData("Alerts.Identity")]
    [InlineData("Alerts.Bot")]
    [InlineData("Alerts.Broadcast")]
    [InlineData("Alerts.Host")]
    public void OnlyAlertsChannelsIsCompiledAgainstTwilio(string assembly) =>
        Assert.DoesNotContain(Assembly.Load(assembly).GetReferencedAssemblies(), a => a.Name == "Twilio");

    [Fact]
    public void AlertsChannelsIsCompiledAgainstTwilioSoTheCheckAboveCanFail() =>
        Assert.Contains(Assembly.Load("Alerts.Channels").GetReferencedAssemblies(), a => a.Name == "Twilio");

    [Fact]
    public void InsideChannelsOnlyTheTwilioFolderNamesTheLibrary()
    {
        var channels = Path.Combine(Support.Repository.Root(), "Channels");
        var naming = Directory.EnumerateFiles(channels, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(channels, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("Twilio/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal)
                        && !f.StartsWith("bin/", StringComparison.Ordinal))
            .Where(f => TwilioLibrary().IsMatch(File.ReadAllText(Path.Combine(channels, f))));

        Assert.Empty(naming);
    }

    [GeneratedRegex(@"(^\s*using\s+(\w+\s*=\s*)?Twilio\.)|global::Twilio\b", RegexOptions.Multiline)]
    private static partial Regex TwilioLibrary();
}
