using System.Security.Cryptography;
using Alerts.Channels.Messages;
using Alerts.Channels.WeChat;
using Alerts.Host.Logging;
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
    /// <summary>False when the push reuses a signature seen with another body: refuse it and process nothing.</summary>
    public async Task<bool> AdmitsAsync(WeChatOpenResult opened, ReadOnlyMemory<byte> body, CancellationToken ct)
    {
        if (!opened.IsOk) throw new ArgumentException("Only an authenticated push is checked for replay.", nameof(opened));
        if (opened.IsEncrypted) return true;

        // A pair is accepted only while its timestamp is within the skew of the clock, and it was seen within the
        // skew of its timestamp; so a row seen more than twice the skew ago can never match a fresh push again.
        var now = opened.OpenedUtc;
        var pruneBefore = now - 2 * options.Value.MaxClockSkew;
        var hash = Convert.ToHexStringLower(SHA256.HashData(body.Span));
        var sighting = await seen.RecordAsync(opened.Timestamp, opened.Nonce, hash, now, pruneBefore, ct);
        if (sighting != PushSighting.OtherBody) return true;

        Log.WeChatSignatureReused(logger, opened.Timestamp, opened.Nonce, AddressMask.Mask(opened.Message.Address));
        return false;
    }
}
