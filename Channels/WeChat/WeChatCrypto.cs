using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Alerts.Channels.WeChat;

/// <summary>
/// Safe-mode message crypto, equivalent to Tencent's WXBizMsgCrypt (wechat.md §2): AES-256-CBC with IV = key[0..16),
/// PKCS#7 padded to 32-byte blocks, plaintext = 16 random bytes ‖ big-endian length ‖ XML ‖ AppId.
/// Failures come back as <c>false</c>, never as exceptions, and every check fails closed.
/// </summary>
internal sealed class WeChatCrypto
{
    private const int RandomLength = 16;
    private const int LengthPrefix = 4;

    // WeChat pads to 32 even though AES blocks are 16, so .NET's PKCS7 mode (which rejects pads > 16) cannot be used.
    private const int PadBlock = 32;

    private readonly byte[] _key;
    private readonly byte[] _iv;
    private readonly byte[] _appId;

    public WeChatCrypto(string encodingAesKey, string appId)
    {
        // A bad key is a configuration bug that WeChatOptionsValidator reports at start-up.
        if (!WeChatOptionsValidator.IsValidAesKey(encodingAesKey))
        {
            throw new ArgumentException("EncodingAESKey must be 43 characters [A-Za-z0-9].", nameof(encodingAesKey));
        }

        ArgumentException.ThrowIfNullOrEmpty(appId);
        _key = Convert.FromBase64String(encodingAesKey + "=");
        _iv = _key[..16];
        _appId = Encoding.UTF8.GetBytes(appId);
    }

    /// <summary>Encrypts a reply with 16 fresh CSPRNG bytes in front; returns base64.</summary>
    public string Encrypt(string xml)
    {
        Span<byte> random = stackalloc byte[RandomLength];
        RandomNumberGenerator.Fill(random);
        return Encrypt(xml, random);
    }

    /// <summary>Encrypts with caller-chosen random bytes; only tests (fixed vectors) should call this.</summary>
    public string Encrypt(string xml, ReadOnlySpan<byte> random)
    {
        if (random.Length != RandomLength)
        {
            throw new ArgumentException("Exactly 16 random bytes are needed.", nameof(random));
        }

        var body = Encoding.UTF8.GetBytes(xml);
        var contentLength = RandomLength + LengthPrefix + body.Length + _appId.Length;
        var pad = PadBlock - (contentLength % PadBlock); // 1..32: a full block when already aligned
        var plain = new byte[contentLength + pad];
        random.CopyTo(plain);
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(RandomLength), body.Length);
        body.CopyTo(plain.AsSpan(RandomLength + LengthPrefix));
        _appId.CopyTo(plain.AsSpan(RandomLength + LengthPrefix + body.Length));
        plain.AsSpan(contentLength).Fill((byte)pad);

        using var aes = Aes.Create();
        aes.Key = _key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, _iv, PaddingMode.None));
    }

    /// <summary>Decrypts a base64 Encrypt value and checks the padding, the length and the trailing AppId.</summary>
    public bool TryDecrypt(string encrypted, [NotNullWhen(true)] out string? xml)
    {
        xml = null;
        var cipher = new byte[encrypted.Length * 3 / 4 + 3];
        if (!Convert.TryFromBase64String(encrypted, cipher, out var cipherLength) ||
            cipherLength == 0 || cipherLength % PadBlock != 0)
        {
            return false;
        }

        byte[] plain;
        using (var aes = Aes.Create())
        {
            aes.Key = _key;
            plain = aes.DecryptCbc(cipher.AsSpan(0, cipherLength), _iv, PaddingMode.None);
        }

        // The official sample treats a pad outside 1..32 as 0 and carries on; we refuse instead.
        int pad = plain[^1];
        if (pad is < 1 or > PadBlock || plain.AsSpan(plain.Length - pad).ContainsAnyExcept((byte)pad))
        {
            return false;
        }

        var content = plain.AsSpan(0, plain.Length - pad);
        if (content.Length < RandomLength + LengthPrefix + _appId.Length)
        {
            return false;
        }

        var xmlLength = BinaryPrimitives.ReadInt32BigEndian(content.Slice(RandomLength, LengthPrefix));
        var xmlStart = RandomLength + LengthPrefix;
        if (xmlLength < 0 || xmlLength > content.Length - xmlStart - _appId.Length)
        {
            return false;
        }

        // The AppId proves the message was meant for this account (sample error -40005).
        var trailingAppId = content[(xmlStart + xmlLength)..];
        if (!CryptographicOperations.FixedTimeEquals(trailingAppId, _appId))
        {
            return false;
        }

        xml = Encoding.UTF8.GetString(content.Slice(xmlStart, xmlLength));
        return true;
    }
}
