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

    /// <summary>
    /// SMS is provider-neutral above Channels: Bot, Broadcast and Identity never name our Twilio types, and the Host
    /// only where it maps Twilio's webhooks (the registration).
    /// </summary>
    [Fact]
    public void AboveChannelsOnlyTheTwilioWebhookRegistrationNamesOurTwilioTypes()
    {
        var root = Support.Repository.Root();
        var naming = new[] { "Bot", "Broadcast", "Identity", "Host" }
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(root, project), "*.cs", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Where(f => f != "Host/Webhooks/TwilioEndpoints.cs")
            .Where(f => OurTwilioTypes().IsMatch(File.ReadAllText(Path.Combine(root, f))))
            .ToList();

        Assert.Empty(naming);
        Assert.Matches(OurTwilioTypes(), File.ReadAllText(Path.Combine(root, "Host/Webhooks/TwilioEndpoints.cs")));
    }

    [GeneratedRegex(@"Alerts\.Channels\.Twilio\b|\bTwilio(ApiClient|Sender|Options|Webhook|ErrorCodes|Lookup)\b")]
    private static partial Regex OurTwilioTypes();

    [GeneratedRegex(@"(^\s*using\s+(\w+\s*=\s*)?Twilio\.)|global::Twilio\b", RegexOptions.Multiline)]
    private static partial Regex TwilioLibrary();
}
