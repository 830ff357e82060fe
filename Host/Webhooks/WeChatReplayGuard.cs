using System.Security.Cryptography;
using Alerts.Channels.Messages;
using Alerts.Channels.WeChat;
using Alerts.Host.Inbound;
using Alerts.Host.Logging;
using Alerts.Store.Database;
using Alerts.Store.Inbound;
using Microsoft.Extensions.Options;

namespace Alerts.Host.Webhooks;

/// <summary>
/// Binds each signed (timestamp, nonce) of a plaintext push to the first body it came with. The plaintext signature
/// does not cover the body (wechat.md §2), so without this anyone who saw one signed URL could post any body with it
/// while its timestamp is fresh. WeChat's retries repeat the body and go on to deduplication by MsgId as before.
/// Safe-mode pushes need no guard: msg_signature covers the encrypted body.
/// </summary>
internal sealed class WeChatReplayGuard(
    WeChatSeenPushStore seen, IOptions<WeChatOptions> options, ILogger<WeChatReplayGuard> logger)
{
    /// <summary>
    /// The check to run in the push's turn (its transaction, so the record of the pair costs no write of its own), or
    /// null for a safe-mode push. It fails when the push reuses a signature seen with another body: refuse it.
    /// </summary>
    public Admission? For(WeChatOpenResult opened, ReadOnlyMemory<byte> body)
    {
        if (!opened.IsOk) throw new ArgumentException("Only an authenticated push is checked for replay.", nameof(opened));
        if (opened.IsEncrypted) return null;
        var hash = Convert.ToHexStringLower(SHA256.HashData(body.Span));
        var (timestamp, nonce, address) = (opened.Timestamp, opened.Nonce, opened.Message.Address);
        return new Admission($"{timestamp}:{nonce}:{hash}",
            (work, ct) => AdmitsAsync(work, timestamp, nonce, hash, opened.OpenedUtc, address, ct));
    }

    private async Task<bool> AdmitsAsync(UnitOfWork work, string timestamp, string nonce, string hash, DateTimeOffset now,
        string address, CancellationToken ct)
    {
        // A pair is accepted only while its timestamp is within the skew of the clock, and it was seen within the
        // skew of its timestamp; so a row seen more than twice the skew ago can never match a fresh push again.
        var pruneBefore = now - 2 * options.Value.MaxClockSkew;
        var sighting = await seen.RecordAsync(work, timestamp, nonce, hash, now, pruneBefore, ct);
        if (sighting != PushSighting.OtherBody) return true;

        Log.WeChatSignatureReused(logger, timestamp, nonce, AddressMask.Mask(address));
        return false;
    }
}
