namespace Alerts.Fakes.WeChat;

/// <summary>
/// Issues and checks access tokens like WeChat (wechat.md §5): stable_token returns the same token while more than
/// 5 minutes remain; cgi-bin/token issues a new one each call and leaves the previous valid for 5 minutes.
/// </summary>
public sealed class FakeWeChatTokens(TimeProvider time, TimeSpan lifetime)
{
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(5);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _valid = new(StringComparer.Ordinal);
    private string? _stable;
    private string? _classic;
    private int _issued;

    /// <summary>How many distinct tokens were issued (not how many token calls were made).</summary>
    public int Issued
    {
        get { lock (_gate) { return _issued; } }
    }

    public (string Token, int ExpiresIn) Stable()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_stable is null || !_valid.TryGetValue(_stable, out var expires) || expires - now <= Overlap)
            {
                _stable = IssueLocked(now);
            }

            return (_stable, (int)(_valid[_stable] - now).TotalSeconds);
        }
    }

    public (string Token, int ExpiresIn) Classic()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_classic is not null && _valid.TryGetValue(_classic, out var expires))
            {
                _valid[_classic] = expires < now + Overlap ? expires : now + Overlap;
            }

            _classic = IssueLocked(now);
            return (_classic, (int)lifetime.TotalSeconds);
        }
    }

    /// <summary>0 when valid, else the errcode WeChat would give: 41001 missing, 42001 expired, 40001 unknown.</summary>
    public int Check(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return 41001;
        }

        lock (_gate)
        {
            if (!_valid.TryGetValue(token, out var expires))
            {
                return 40001;
            }

            return expires > time.GetUtcNow() ? 0 : 42001;
        }
    }

    /// <summary>Makes every token issued so far invalid (40001), as a force_refresh elsewhere would.</summary>
    public void InvalidateAll()
    {
        lock (_gate)
        {
            _valid.Clear();
            _stable = _classic = null;
        }
    }

    public void Invalidate(string token)
    {
        lock (_gate)
        {
            _valid.Remove(token);
        }
    }

    private string IssueLocked(DateTimeOffset now)
    {
        _issued++;
        var token = $"FAKE_TOKEN_{_issued}_{Guid.NewGuid():N}";
        _valid[token] = now + lifetime;
        return token;
    }
}
