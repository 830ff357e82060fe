using System.Collections.Concurrent;

namespace Alerts.Channels.WeChat;

/// <summary>The default store for a single instance (and tests): tokens live as long as the process.</summary>
internal sealed class InMemoryAccessTokenStore : IAccessTokenStore, IDisposable
{
    private readonly ConcurrentDictionary<string, CachedToken> _tokens = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _exclusive = new(1, 1);

    public Task<CachedToken?> GetAsync(string appId, CancellationToken ct) =>
        Task.FromResult(_tokens.TryGetValue(appId, out var token) ? token : null);

    public Task SaveAsync(string appId, CachedToken token, CancellationToken ct)
    {
        _tokens[appId] = token;
        return Task.CompletedTask;
    }

    public async Task<T> ExclusivelyAsync<T>(string appId, Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        await _exclusive.WaitAsync(ct);
        try
        {
            return await work(ct);
        }
        finally
        {
            _exclusive.Release();
        }
    }

    public void Dispose() => _exclusive.Dispose();
}
