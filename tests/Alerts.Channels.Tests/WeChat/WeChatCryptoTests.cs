using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Alerts.Channels.WeChat;

namespace Alerts.Channels.Tests.WeChat;

/// <summary>Vectors from wechatpy tests/test_crypto.py (WeCom flavour of the same WXBizMsgCrypt algorithm).</summary>
public sealed class WeChatCryptoTests
{
    internal const string Token = "123456";
    internal const string Key = "kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR";
    internal const string AppId = "wx49f0ab532d5d035a";

    private const string ReplyXml = "<xml>\n<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[test]]></Content>\n" +
        "<FromUserName><![CDATA[wx49f0ab532d5d035a]]></FromUserName>\n<ToUserName><![CDATA[messense]]></ToUserName>\n" +
        "<AgentID>1</AgentID>\n<CreateTime>1411525903</CreateTime>\n</xml>";

    private const string ExpectedEncrypt =
        "9s4gMv99m88kKTh/H8IdkOiMg6bisoy3ypwy9H4hvSPe9nsGaqyw5hhSjdYbcrKk+j3nba4HMOTzHrluLBYqxgNcBqGsL8GqxlhZgURnAtOb" +
        "vesEl5nZ+uBE8bviY0LWke8Zy9V/QYKxNV2FqllNXcfmstttyIkMKCCmVbCFM2JTF5wY0nFhHZSjPUL2Q1qvSUCUld+/WIXrx0oyKQmpB6o8" +
        "NRrrNrsDf03oxI1p9FxUgMnwKKZeOA/uu+2IEvEBtb7muXsVbwbgX05UPPJvFurDXafG0RQyPR+mf1nDnAtQmmNOuiR5MIkdQ39xn1vWwi1O" +
        "5oazPoQJz0nTYjxxEE8kv3kFxtAGVRe3ypD3WeK2XeFYFMNMpatF9XiKzHo3";

    private const string InboundEncrypt =
        "RgqEoJj5A4EMYlLvWO1F86ioRjZfaex/gePD0gOXTxpsq5Yj4GNglrBb8I2BAJVODGajiFnXBu7mCPatfjsu6IHCrsTyeDXzF6Bv283dGymz" +
        "xh6ydJRvZsryDyZbLTE7rhnus50qGPMfp2wASFlzEgMW9z1ef/RD8XzaFYgm7iTdaXpXaG4+BiYyolBug/gYNx410cvkKR2/nPwBiT+P4hIi" +
        "OAQqGp/TywZBtDh1yCF2KOd0gpiMZ5jSw3e29mTvmUHzkVQiMS6td7vXUaWOMZnYZlF3So2SjHnwh4jYFxdgpkHHqIrH/54SNdshoQgWYEvc" +
        "cTKe7FS709/5t6NMxuGhcUGAPOQipvWTT4dShyqio7mlsl5noTrb++x6En749zCpQVhDpbV6GDnTbcX2e8K9QaNWHp91eBdCRxthuL0=";

    private static readonly byte[] FixedRandom = Encoding.ASCII.GetBytes("1234567890123456");

    private readonly WeChatCrypto _crypto = new(Key, AppId);

    [Fact]
    public void Encrypting_with_fixed_random_bytes_reproduces_the_wechatpy_ciphertext_and_signature()
    {
        var encrypt = _crypto.Encrypt(ReplyXml, FixedRandom);

        Assert.StartsWith("9s4gMv99m88kKTh/H8IdkOiM", encrypt);
        Assert.Equal(ExpectedEncrypt, encrypt);
        Assert.Equal("407518b7649e86ef23978113f92d27afa9296533",
            WeChatSignature.ComputeMessage(Token, "1411525903", "461056294", encrypt));
    }

    [Fact]
    public void The_wechatpy_inbound_message_decrypts_and_its_signature_verifies()
    {
        Assert.True(WeChatSignature.VerifyMessage(Token, "1411525903", "461056294", InboundEncrypt,
            "74d92dfeb87ba7c714f89d98870ae5eb62dff26d"));

        Assert.True(_crypto.TryDecrypt(InboundEncrypt, out var xml));
        Assert.Contains("<Content><![CDATA[test]]></Content>", xml);
        Assert.Contains("<FromUserName><![CDATA[messense]]></FromUserName>", xml);
    }

    [Theory]
    [InlineData("")]
    [InlineData("短")]
    [InlineData("<xml><Content><![CDATA[暴雨红色预警]]></Content></xml>")]
    public void What_is_encrypted_decrypts_to_the_same_text(string xml)
    {
        var encrypt = _crypto.Encrypt(xml);

        Assert.True(_crypto.TryDecrypt(encrypt, out var back));
        Assert.Equal(xml, back);
    }

    [Fact]
    public void Two_encryptions_of_one_text_differ_because_the_random_prefix_is_fresh() =>
        Assert.NotEqual(_crypto.Encrypt("<xml/>"), _crypto.Encrypt("<xml/>"));

    [Fact]
    public void A_message_for_another_app_id_is_rejected()
    {
        var other = new WeChatCrypto(Key, "wx0000000000000000");

        Assert.False(other.TryDecrypt(InboundEncrypt, out var xml));
        Assert.Null(xml);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(33)]
    [InlineData(255)]
    public void A_pad_byte_outside_1_to_32_is_rejected(byte pad)
    {
        var plain = Plaintext("<xml/>", AppId, total: 64);
        plain[^1] = pad;

        Assert.False(_crypto.TryDecrypt(RawEncrypt(plain), out _));
    }

    [Fact]
    public void Pad_bytes_that_do_not_all_agree_are_rejected()
    {
        var plain = Plaintext("<xml/>", AppId, total: 64);
        plain[^2] ^= 0x01;

        Assert.False(_crypto.TryDecrypt(RawEncrypt(plain), out _));
    }

    [Fact]
    public void A_length_field_longer_than_the_message_is_rejected()
    {
        var plain = Plaintext("<xml/>", AppId, total: 64);
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16), 1000);

        Assert.False(_crypto.TryDecrypt(RawEncrypt(plain), out _));
    }

    [Fact]
    public void A_tampered_ciphertext_is_rejected()
    {
        var cipher = Convert.FromBase64String(_crypto.Encrypt("<xml><Content>hi</Content></xml>", FixedRandom));
        // CBC: flipping a bit in the second-to-last block flips the same bit of the last pad byte.
        cipher[^17] ^= 0x01;

        Assert.False(_crypto.TryDecrypt(Convert.ToBase64String(cipher), out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA==")]
    public void Input_that_is_not_whole_blocks_of_base64_is_rejected(string encrypt) =>
        Assert.False(_crypto.TryDecrypt(encrypt, out _));

    /// <summary>random ‖ length ‖ xml ‖ appid, then correct padding up to <paramref name="total"/> bytes.</summary>
    private static byte[] Plaintext(string xml, string appId, int total)
    {
        var body = Encoding.UTF8.GetBytes(xml);
        var id = Encoding.UTF8.GetBytes(appId);
        var plain = new byte[total];
        FixedRandom.CopyTo(plain, 0);
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16), body.Length);
        body.CopyTo(plain, 20);
        id.CopyTo(plain, 20 + body.Length);
        var pad = total - 20 - body.Length - id.Length;
        plain.AsSpan(total - pad).Fill((byte)pad);
        return plain;
    }

    private static string RawEncrypt(byte[] plain)
    {
        var key = Convert.FromBase64String(Key + "=");
        using var aes = Aes.Create();
        aes.Key = key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, key[..16], PaddingMode.None));
    }
}
