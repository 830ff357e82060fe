using System.Text;
using Alerts.Channels.TencentSms;

namespace Alerts.Channels.Tests.TencentSms;

/// <summary>Our signer against Tencent's own published example (tencent-sms.md §3, vectors A and B).</summary>
public sealed class Tc3SignerTests
{
    private static readonly byte[] Payload =
        Encoding.UTF8.GetBytes("{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}");

    [Theory]
    [InlineData("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168")]
    [InlineData("Gu5t9xGARNpq86cd98joQYCN3*******", "2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c")]
    public void The_signature_is_the_one_tencent_published_for_its_example(string secretKey, string signature)
    {
        var header = Tc3Signer.Authorization("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", secretKey, "cvm", "cvm.tencentcloudapi.com",
            "application/json; charset=utf-8", 1551113065, Payload);

        Assert.Equal("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, " +
                     $"SignedHeaders=content-type;host, Signature={signature}", header);
    }

    [Fact]
    public void The_date_is_the_utc_date_even_when_it_is_already_tomorrow_in_beijing()
    {
        // 2019-02-26 00:44:25 in Beijing is still the 25th in UTC: the scope must say the 25th.
        var header = Tc3Signer.Authorization("id", "key", "sms", "sms.tencentcloudapi.com", "application/json; charset=utf-8",
            1551113065, "{}"u8);

        Assert.Contains("/2019-02-25/sms/tc3_request", header, StringComparison.Ordinal);
    }
}
