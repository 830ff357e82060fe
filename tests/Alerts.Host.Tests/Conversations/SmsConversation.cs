using Alerts.Host.Tests.Support;

namespace Alerts.Host.Tests.Conversations;

/// <summary>A person texting: each message is a signed Twilio webhook to POST /sms/twilio with a fresh MessageSid,
/// answered with TwiML whose &lt;Message&gt;s are the replies.</summary>
public sealed class SmsConversation(ConversationApp app, string phone) : Conversation(phone)
{
    private readonly TwilioWebhookPoster _twilio = new(app.Client);
    private string _lastText = "";

    public override Via Via => Via.Sms;

    protected override Task<IReadOnlyList<string>> SendTextAsync(string text)
    {
        LastMessageId = TwilioWebhookPoster.NewSid();
        _lastText = text;
        return PostAsync();
    }

    protected override Task<IReadOnlyList<string>> ResendLastAsync() => PostAsync();

    private async Task<IReadOnlyList<string>> PostAsync()
    {
        using var response = await _twilio.InboundAsync(Address, _lastText, LastMessageId);
        response.EnsureSuccessStatusCode();
        return await TwilioWebhookPoster.MessagesOfAsync(response);
    }
}
