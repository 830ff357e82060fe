namespace Alerts.Channels.TencentSms;

/// <summary>
/// One approved template as configuration describes it: its id, its body as approved (with {1}, {2}… — used to show
/// and count what the person reads), and where each variable's value comes from, in order.
/// </summary>
/// <remarks>
/// A parameter is "source[|fallback…][:max]": the first non-empty named value (a warning's title, headline, event,
/// level, effective, instruction, shelter, acknowledge; a code's code and minutes; "text" for the message's own
/// words), cut to max characters (default <see cref="TemplateSlot.DefaultMaxLength"/>, Tencent's default for new
/// accounts; set what the console shows for the template).
/// </remarks>
internal sealed class TencentSmsTemplate
{
    public string Id { get; set; } = "";

    public string Body { get; set; } = "";

    public List<string> Params { get; set; } = [];

    /// <summary>A 验证码 template: its values must be digits (at most 6, tencent-sms.md §6).</summary>
    public bool DigitsOnly { get; set; }
}
