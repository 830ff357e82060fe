using System.Runtime.CompilerServices;
using Alerts.Bot.Dialogs.Prompts;
using Alerts.Channels.Messages;

namespace Alerts.Bot.Tests.Conversations;

/// <summary>
/// One person's side of a scripted conversation with the bot, TestFlow-style:
/// <c>await me.Send("…").Asks(ReportQuestions.When).Send("昨天").ExpectReply("…")</c>. Steps run in order when the
/// chat is awaited; each expectation looks at the replies to the message just before it. Failures print the whole
/// exchange.
/// </summary>
public sealed class Chat(BotHarness bot, ChannelKind channel, string address)
{
    private readonly List<(string Said, IReadOnlyList<string> Replies)> _transcript = [];
    private Task _script = Task.CompletedTask;

    public ChannelKind Channel { get; } = channel;

    /// <summary>The openid or the phone number the messages come from.</summary>
    public string Address { get; } = address;

    /// <summary>What the bot answered to the last message, one entry per message shown to the person.</summary>
    public IReadOnlyList<string> Replies { get; private set; } = [];

    /// <summary>How many messages the person has sent (events such as a WeChat follow are not messages).</summary>
    public int MessagesSent { get; private set; }

    public Chat Send(string text) => Message(text, id => Inbound(id, InboundKind.Text, text));

    public Chat SendLocation(double latitude, double longitude) =>
        Message($"[位置 {latitude},{longitude}]", id => Inbound(id, InboundKind.Location, null) with { Location = new(latitude, longitude) });

    public Chat SendImage(string mediaId) =>
        Message($"[图片 {mediaId}]", id => Inbound(id, InboundKind.Image, null) with { MediaId = mediaId });

    /// <summary>A WeChat event (subscribe, CLICK …).</summary>
    public Chat SendEvent(string name, string? key = null) =>
        Step($"[{name} {key}]", id => Inbound(id, InboundKind.Event, null) with { EventName = name.ToLowerInvariant(), EventKey = key });

    public Chat ExpectReply(string fragment) => Then(() =>
        Assert.True(Replies.Any(r => r.Contains(fragment, StringComparison.Ordinal)), $"Expected a reply containing “{fragment}”.\n{Transcript()}"));

    public Chat ExpectNoReply(string fragment) => Then(() =>
        Assert.False(Replies.Any(r => r.Contains(fragment, StringComparison.Ordinal)), $"Expected no reply containing “{fragment}”.\n{Transcript()}"));

    public Chat ExpectFirstReply(string fragment) => Then(() =>
        Assert.True(Replies.Count > 0 && Replies[0].Contains(fragment, StringComparison.Ordinal),
            $"Expected the first reply to contain “{fragment}”.\n{Transcript()}"));

    /// <summary>The last reply asks <paramref name="question"/> (a prompt's question, however the channel renders it).</summary>
    public Chat Asks(PromptOptions question) => Then(() =>
        Assert.True(Replies.Count > 0 && Replies[^1].Contains(question.Text, StringComparison.Ordinal),
            $"Expected the last reply to ask “{question.Text}”.\n{Transcript()}"));

    public Chat DoesNotAsk(PromptOptions question) => ExpectNoReply(question.Text);

    public Chat ExpectReplies(Action<IReadOnlyList<string>> check) => Then(() => check(Replies));

    /// <summary>Runs <paramref name="step"/> at this point of the script (to look at the database, move the clock …).</summary>
    public Chat Then(Action step) => Then(() =>
    {
        step();
        return Task.CompletedTask;
    });

    public Chat Then(Func<Task> step)
    {
        var previous = _script;
        _script = AfterAsync(previous, step);
        return this;
    }

    public TaskAwaiter GetAwaiter()
    {
        var script = _script;
        _script = Task.CompletedTask;
        return script.GetAwaiter();
    }

    /// <summary>The whole exchange so far.</summary>
    public string Transcript() => string.Join("\n", _transcript.Select(t =>
        $"  > {t.Said}\n" + string.Concat(t.Replies.Select(r => $"  < {r.Replace("\n", "\n    ", StringComparison.Ordinal)}\n"))));

    private Chat Message(string said, Func<string, InboundMessage> message) => Step(said, message, counts: true);

    private Chat Step(string said, Func<string, InboundMessage> message, bool counts = false) => Then(async () =>
    {
        var reply = await bot.TurnAsync(message);
        if (counts) MessagesSent++;
        Replies = reply.Texts;
        _transcript.Add(($"{said}", reply.Texts));
    });

    private InboundMessage Inbound(string id, InboundKind kind, string? text) =>
        new(Channel, Address, id, kind, text, bot.Clock.GetUtcNow());

    private static async Task AfterAsync(Task previous, Func<Task> step)
    {
        await previous;
        await step();
    }
}
