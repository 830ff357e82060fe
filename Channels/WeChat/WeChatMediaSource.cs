using Alerts.Channels.Messages;

namespace Alerts.Channels.WeChat;

/// <summary>
/// Villagers' photos for the console, fetched from WeChat with our access token (the token owner's refresh-and-retry
/// included) so that no public link to them ever exists. Null when WeChat would not give an image.
/// </summary>
public sealed class WeChatMediaSource
{
    /// <summary>A photo from a phone is a few MB; anything bigger is not a photo we show.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    private readonly WeChatApiClient _api;
    private readonly WeChatAccessTokens _tokens;

    internal WeChatMediaSource(WeChatApiClient api, WeChatAccessTokens tokens) => (_api, _tokens) = (api, tokens);

    public async Task<WeChatMedia?> GetAsync(string mediaId, CancellationToken ct)
    {
        WeChatMedia? media = null;
        var result = await _tokens.ExecuteAsync(_api, async (token, c) =>
        {
            var fetched = await _api.GetMediaAsync(token, mediaId, MaxBytes, c);
            media = fetched.Media;
            return fetched.Result;
        }, ct);
        return result.Outcome == SendOutcome.Sent ? media : null;
    }
}
