using System.Runtime.CompilerServices;

namespace Alerts.Host.Tests.Conversations;

/// <summary>
/// A scripted conversation with the real Host through one channel's webhook, in the manner of Bot Framework's
/// TestFlow: <c>await person.Send("…").ExpectReply("…").Send("…")</c>. Steps run in order when the script is
/// awaited; each expectation looks at the replies to the message just before it.
/// </summary>
public abstract class Conversation(string address)
{
    private readonly List<(string Said, IReadOnlyList<string> Replies)> _transcript = [];
    private Task _script = Task.CompletedTask;

    /// <summary>The openid or the phone number the messages come from.</summary>
    public string Address { get; } = address;

    /// <summary>What the bot answered to the last message, one entry per message shown to the person.</summary>
    public IReadOnlyList<string> Replies { get; private set; } = [];

    /// <summary>The provider id of the last message sent (WeChat FromUserName:MsgId, Twilio MessageSid).</summary>
    public string LastMessageId { get; protected set; } = "";

    public abstract Via Via { get; }

    public Conversation Send(string text) => Then(async () => Record(text, await SendTextAsync(text)));

    /// <summary>The last message delivered again with the same id, as a provider retries: it must not run twice.</summary>
    public Conversation SendAgain() => Then(async () => Record(_transcript[^1].Said + " (again)", await ResendLastAsync()));

    /// <summary>A WeChat event (subscribe, CLICK …); SMS has none.</summary>
    public Conversation SendEvent(string name, string? key = null) =>
        Then(async () => Record($"[{name} {key}]", await SendEventAsync(name, key)));

    public Conversation ExpectReply(string fragment) => Then(() =>
        Assert.True(Replies.Any(r => r.Contains(fragment, StringComparison.Ordinal)),
            $"Expected a reply containing “{fragment}”.\n{TranscriptText()}"));

    public Conversation ExpectNoReply(string fragment) => Then(() =>
        Assert.False(Replies.Any(r => r.Contains(fragment, StringComparison.Ordinal)),
            $"Expected no reply containing “{fragment}”.\n{TranscriptText()}"));

    /// <summary>The first reply (the one shown first) contains <paramref name="fragment"/>.</summary>
    public Conversation ExpectFirstReply(string fragment) => Then(() =>
        Assert.True(Replies.Count > 0 && Replies[0].Contains(fragment, StringComparison.Ordinal),
            $"Expected the first reply to contain “{fragment}”.\n{TranscriptText()}"));

    public Conversation ExpectReplies(Action<IReadOnlyList<string>> check) => Then(() => check(Replies));

    /// <summary>The retry got what the first delivery got (WeChat: the passive part; the rest is not sent twice).</summary>
    public Conversation ExpectSameReplyAsFirstDelivery() => Then(() =>
    {
        var first = _transcript[^2].Replies;
        Assert.Equal(ExpectedOnRetry(first), Replies);
    });

    /// <summary>Runs <paramref name="step"/> at this point of the script (to look at the database, move the clock …).</summary>
    public Conversation Then(Action step) => Then(() =>
    {
        step();
        return Task.CompletedTask;
    });

    public Conversation Then(Func<Task> step)
    {
        var previous = _script;
        _script = RunAfterAsync(previous, step);
        return this;
    }

    public TaskAwaiter GetAwaiter() => RunAsync().GetAwaiter();

    /// <summary>The script so far as a task, to run several people's scripts at once (Task.WhenAll).</summary>
    public Task RunAsync()
    {
        var script = _script;
        _script = Task.CompletedTask;
        return script;
    }

    /// <summary>The whole exchange so far, for failure messages.</summary>
    public string TranscriptText() => string.Join("\n", _transcript.Select(t =>
        $"  > {t.Said}\n" + string.Concat(t.Replies.Select(r => $"  < {r.Replace("\n", "\n    ", StringComparison.Ordinal)}\n"))));

    protected abstract Task<IReadOnlyList<string>> SendTextAsync(string text);

    protected abstract Task<IReadOnlyList<string>> ResendLastAsync();

    protected virtual Task<IReadOnlyList<string>> SendEventAsync(string name, string? key) =>
        throw new NotSupportedException($"{Via} has no events.");

    protected virtual IReadOnlyList<string> ExpectedOnRetry(IReadOnlyList<string> first) => first;

    private void Record(string said, IReadOnlyList<string> replies)
    {
        Replies = replies;
        _transcript.Add((said, replies));
    }

    private static async Task RunAfterAsync(Task previous, Func<Task> step)
    {
        await previous;
        await step();
    }
}
