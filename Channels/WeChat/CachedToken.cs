namespace Alerts.Channels.WeChat;

/// <summary>An access token and when WeChat said it expires. Never log <see cref="Token"/>.</summary>
internal sealed record CachedToken(string Token, DateTimeOffset ExpiresUtc)
{
    // Keep the token out of record ToString(), which logs and debuggers call.
    public override string ToString() => $"CachedToken {{ ExpiresUtc = {ExpiresUtc:O} }}";
}
