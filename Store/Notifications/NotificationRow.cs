namespace Alerts.Store.Notifications;

public sealed record NotificationRow
{
    public long Id { get; init; }
    public long PersonId { get; init; }
    public required string Text { get; init; }
    public required string Reason { get; init; }
    /// <summary>wechat or sms when the message must go on that channel only.</summary>
    public string? OnlyChannel { get; init; }
    /// <summary>notice, or code (a one-time code, with its values in <see cref="TemplateData"/>).</summary>
    public string Purpose { get; init; } = "notice";
    /// <summary>JSON of the named values a template provider fills its template from, or null.</summary>
    public string? TemplateData { get; init; }
    public int Attempts { get; init; }
    public string? Phone { get; init; }
    public string? WechatOpenid { get; init; }
    public bool WechatUnfollowed { get; init; }
}
