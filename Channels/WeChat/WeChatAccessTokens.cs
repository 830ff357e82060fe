using Alerts.Channels.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.WeChat;

/// <summary>
/// Owns the access token (wechat.md §5): cached in memory and in <see cref="IAccessTokenStore"/> for other
/// instances, refreshed when less than 5 minutes remain, one refresh at a time in this process and across Hosts
/// (<see cref="IAccessTokenStore.ExclusivelyAsync"/>; re-read after acquiring, as Senparc learnt), and on a token
/// errcode dropped only if it is still the one we hold, then the call is retried once.
/// A singleton; the typed <see cref="WeChatApiClient"/> is passed per call so its handlers can rotate.
/// </summary>
internal sealed class WeChatAccessTokens(
    IAccessTokenStore store, IOptions<WeChatOptions> options, TimeProvider time, ILogger<WeChatAccessTokens> logger)
    : IDisposable
{
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly string _appId = options.Value.AppId ?? "";
    private volatile CachedToken? _cached;

    public async Task<WeChatTokenResult> GetAsync(WeChatApiClient api, CancellationToken ct)
    {
        if (FreshOrNull(_cached) is { } fast)
        {
            return WeChatTokenResult.Ok(fast);
        }

        await _refresh.WaitAsync(ct);
        try
        {
            // Someone may have refreshed while we waited: here, or another instance through the store.
            if ((FreshOrNull(_cached) ?? FreshOrNull(await store.GetAsync(_appId, ct))) is { } shared)
            {
                _cached = shared;
                return WeChatTokenResult.Ok(shared);
            }

            return await store.ExclusivelyAsync(_appId, async inside =>
            {
                // Another Host may have refreshed while this one waited for the store.
                if (FreshOrNull(await store.GetAsync(_appId, inside)) is { } theirs)
                {
                    _cached = theirs;
                    return WeChatTokenResult.Ok(theirs);
                }

                var fetched = await api.GetTokenAsync(inside);
                if (fetched.IsSuccess)
                {
                    _cached = fetched.Token;
                    await store.SaveAsync(_appId, fetched.Token, inside);
                }

                return fetched;
            }, ct);
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>
    /// Forgets <paramref name="failedToken"/>, but only if it is still the one held: a late failure with an old
    /// token must not throw away the fresh token another caller just fetched.
    /// </summary>
    public async Task InvalidateAsync(string failedToken, CancellationToken ct)
    {
        await _refresh.WaitAsync(ct);
        try
        {
            if (_cached?.Token == failedToken)
            {
                _cached = null;
            }

            // The store has no delete; saving it as already expired makes every instance refetch. Inside the store's
            // exclusive section, so a token another Host fetched a moment ago is never the one marked expired.
            await store.ExclusivelyAsync(_appId, async inside =>
            {
                var shared = await store.GetAsync(_appId, inside);
                if (shared?.Token == failedToken)
                {
                    await store.SaveAsync(_appId, shared with { ExpiresUtc = DateTimeOffset.UnixEpoch }, inside);
                }

                return true;
            }, ct);
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Runs a call with a token; on a token errcode, invalidates, refreshes and retries exactly once.</summary>
    public async Task<SendResult> ExecuteAsync(
        WeChatApiClient api, Func<string, CancellationToken, Task<SendResult>> call, CancellationToken ct)
    {
        var token = await GetAsync(api, ct);
        if (!token.IsSuccess)
        {
            return token.Failure!;
        }

        var result = await call(token.Token.Token, ct);
        if (!WeChatErrorCodes.IsTokenError(result))
        {
            return result;
        }

        WeChatLog.TokenRejected(logger, result.Code);
        await InvalidateAsync(token.Token.Token, ct);
        var fresh = await GetAsync(api, ct);
        return fresh.IsSuccess ? await call(fresh.Token.Token, ct) : fresh.Failure!;
    }

    public void Dispose() => _refresh.Dispose();

    private CachedToken? FreshOrNull(CachedToken? token) =>
        token is not null && token.ExpiresUtc - time.GetUtcNow() >= RefreshMargin ? token : null;
}
