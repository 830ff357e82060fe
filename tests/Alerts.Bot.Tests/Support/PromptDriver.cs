using System.Text.Json;
using Alerts.Bot.Dialogs;
using Alerts.Bot.Dialogs.Prompts;
using Alerts.Bot.Language;
using Alerts.Channels.Messages;

namespace Alerts.Bot.Tests.Support;

/// <summary>Asks one prompt and sends it answers, turn by turn, as the dialog runner would, without a database.</summary>
internal sealed class PromptDriver
{
    private readonly IDialog _prompt;
    private readonly List<DialogFrame> _stack;

    private PromptDriver(IDialog prompt)
    {
        _prompt = prompt;
        _stack = [new(prompt.Id, prompt.Version, default)];
    }

    public static async Task<PromptDriver> BeginAsync(IDialog prompt, PromptOptions options)
    {
        var driver = new PromptDriver(prompt);
        await prompt.BeginAsync(driver.Context(""), JsonSerializer.SerializeToElement(options, DialogJson.Options), CancellationToken.None);
        return driver;
    }

    public async Task<(DialogTurnResult Result, IReadOnlyList<string> Replies)> SendAsync(string text)
    {
        var dc = Context(text);
        var result = await _prompt.ContinueAsync(dc, CancellationToken.None);
        return (result, dc.Turn.Replies);
    }

    private DialogContext Context(string text)
    {
        var message = new InboundMessage(ChannelKind.Sms, "+8613800000000", "test", InboundKind.Text, text, DateTimeOffset.UnixEpoch);
        return new DialogContext(new TurnContext(message, TextNormalizer.Normalize(text), DateTimeOffset.UnixEpoch, null!), _stack);
    }
}
