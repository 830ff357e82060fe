namespace Alerts.Channels.WeChat;

/// <summary>POST cgi-bin/stable_token body. force_refresh stays false: true is for leaked tokens only (20/day).</summary>
internal sealed record WeChatStableTokenRequest(string GrantType, string Appid, string Secret, bool ForceRefresh);
