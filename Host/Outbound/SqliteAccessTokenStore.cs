using Alerts.Channels.WeChat;
using Alerts.Store.Tokens;

namespace Alerts.Host.Outbound;

/// <summary>The WeChat access_token kept in the database, so every Host instance uses the same one.</summary>
internal sealed class SqliteAccessTokenStore(ProviderTokenStore tokens) : IAccessTokenStore
{
    private const string Provider = "wechat";

    public async Task<CachedToken?> GetAsync(string appId, CancellationToken ct) =>
        await tokens.GetAsync(Provider, appId, ct) is { } row ? new CachedToken(row.Token, row.ExpiresUtc) : null;

    public Task SaveAsync(string appId, CachedToken token, CancellationToken ct) =>
        tokens.SaveAsync(Provider, appId, token.Token, token.ExpiresUtc, ct);
}
