namespace Alerts.Channels.WeChat;

/// <summary>The token endpoints' answer: a token, or an errcode with HTTP 200.</summary>
internal sealed record WeChatTokenResponse(string? AccessToken, int? ExpiresIn, int? Errcode, string? Errmsg);
