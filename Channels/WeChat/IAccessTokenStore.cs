namespace Alerts.Channels.WeChat;

/// <summary>
/// Where the access token is shared between Host instances (wechat.md §5: one token owner, shared cache). The Host
/// implements it on SQLite; Channels cannot reference the Store, hence this seam.
/// </summary>
internal interface IAccessTokenStore
{
    Task<CachedToken?> GetAsync(string appId, CancellationToken ct);

    Task SaveAsync(string appId, CachedToken token, CancellationToken ct);
}
