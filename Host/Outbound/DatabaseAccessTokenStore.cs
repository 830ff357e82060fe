using Alerts.Channels.WeChat;
using Alerts.Store.Tokens;

namespace Alerts.Host.Outbound;

/// <summary>The WeChat access_token kept in the database, so every Host instance uses the same one and only one of
/// them refreshes it at a time.</summary>
internal sealed class DatabaseAccessTokenStore(ProviderTokenStore tokens) : IAccessTokenStore
{
    private const string Provider = "wechat";

    public async Task<CachedToken?> GetAsync(string appId, CancellationToken ct) =>
        await tokens.GetAsync(Provider, appId, ct) is { } row ? new CachedToken(row.Token, row.ExpiresUtc) : null;

    public Task SaveAsync(string appId, CachedToken token, CancellationToken ct) =>
        tokens.SaveAsync(Provider, appId, token.Token, token.ExpiresUtc, ct);

    public Task<T> ExclusivelyAsync<T>(string appId, Func<CancellationToken, Task<T>> work, CancellationToken ct) =>
        tokens.ExclusivelyAsync(Provider, appId, work, ct);
}
