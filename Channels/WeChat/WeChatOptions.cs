using System.ComponentModel.DataAnnotations;

namespace Alerts.Channels.WeChat;

/// <summary>The Official Account (服务号) credentials and the limits we apply to its webhook. Section "WeChat".</summary>
internal sealed class WeChatOptions
{
    public const string SectionName = "WeChat";

    public string? AppId { get; set; }

    public string? AppSecret { get; set; }

    /// <summary>The callback Token from the console; it keys the query-string signatures.</summary>
    public string? Token { get; set; }

    /// <summary>43 characters [A-Za-z0-9] from the console. When set, plaintext pushes are refused: their signature
    /// does not cover the body (wechat.md §2), so a captured query string could carry a forged body.</summary>
    public string? EncodingAESKey { get; set; }

    [Required]
    public string ApiBaseUrl { get; set; } = "https://api.weixin.qq.com/";

    /// <summary>Our gh_ id. When set, pushes addressed to another account are refused.</summary>
    public string? OriginalId { get; set; }

    /// <summary>WeChat's docs define no replay window; 5 minutes matches the official WeCom samples.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>WeChat waits 5 s for a passive reply; answering slower than this means "success" + 客服 message.</summary>
    public TimeSpan PassiveReplyBudget { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Pushes are a few KB; anything much larger is not WeChat.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 65536;

    /// <summary>Template ids keyed by hazard and level, e.g. "weather.red", "geological.orange".</summary>
    public Dictionary<string, string> TemplateIds { get; set; } = new(StringComparer.Ordinal);

    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(AppId) && !string.IsNullOrWhiteSpace(AppSecret) &&
        !string.IsNullOrWhiteSpace(Token);

    public bool IsSafeModeConfigured => !string.IsNullOrEmpty(EncodingAESKey);
}
