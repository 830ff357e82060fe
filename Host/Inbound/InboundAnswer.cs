namespace Alerts.Host.Inbound;

/// <summary>
/// What the pipeline says to put in the HTTP answer. <paramref name="IsFirst"/> is true only for the delivery that
/// ran the turn: anything else the reply causes (the overflow of a long WeChat text) must be started by it alone.
/// </summary>
internal sealed record InboundAnswer(IReadOnlyList<string> Texts, bool IsFirst)
{
    /// <summary>The admission check refused the delivery: nothing was processed, nothing is said.</summary>
    public bool Refused { get; init; }
}
