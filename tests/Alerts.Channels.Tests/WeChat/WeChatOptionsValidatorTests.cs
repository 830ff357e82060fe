using Alerts.Channels.WeChat;

namespace Alerts.Channels.Tests.WeChat;

public sealed class WeChatOptionsValidatorTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR", true)]
    [InlineData("kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1a", false)]
    [InlineData("kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aRR", false)]
    [InlineData("kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1a+", false)]
    [InlineData("kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1a=", false)]
    public void The_aes_key_must_be_43_letters_or_digits_when_set(string? key, bool valid)
    {
        var result = new WeChatOptionsValidator().Validate(null, new WeChatOptions { EncodingAESKey = key });
        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.DoesNotContain(key!, result.FailureMessage);
        }
    }

    [Theory]
    [InlineData("https://api.weixin.qq.com/", true)]
    [InlineData("http://127.0.0.1:5000/", true)]
    [InlineData("https://api.weixin.qq.com", false)]
    [InlineData("api.weixin.qq.com/", false)]
    public void The_api_base_url_must_be_absolute_and_end_with_a_slash(string url, bool valid) =>
        Assert.Equal(valid, new WeChatOptionsValidator().Validate(null, new WeChatOptions { ApiBaseUrl = url }).Succeeded);

    [Fact]
    public void Configured_means_app_id_secret_and_token_are_all_present()
    {
        Assert.False(new WeChatOptions { AppId = "wx1", AppSecret = "s" }.IsConfigured);
        Assert.True(new WeChatOptions { AppId = "wx1", AppSecret = "s", Token = "t" }.IsConfigured);
    }
}
