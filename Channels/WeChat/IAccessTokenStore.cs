namespace Alerts.Channels.WeChat;

/// <summary>
/// Where the access token is shared between Host instances (wechat.md §5: one token owner, shared cache). The Host
/// implements it on its database; Channels cannot reference the Store, hence this seam.
/// </summary>
internal interface IAccessTokenStore
{
    Task<CachedToken?> GetAsync(string appId, CancellationToken ct);

    Task SaveAsync(string appId, CachedToken token, CancellationToken ct);

    /// <summary>
    /// Runs <paramref name="work"/> while no other owner of this store (another Host) runs work for the same app, so
    /// that one of them fetches a new token and the others read it: each fetch invalidates the token before it.
    /// </summary>
    Task<T> ExclusivelyAsync<T>(string appId, Func<CancellationToken, Task<T>> work, CancellationToken ct);
}
