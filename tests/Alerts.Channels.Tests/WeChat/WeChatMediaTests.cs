using Alerts.Channels.WeChat;
using Alerts.Fakes.WeChat;

namespace Alerts.Channels.Tests.WeChat;

/// <summary>cgi-bin/media/get through the token owner: the bytes and their type, images only, within the size cap.</summary>
public sealed class WeChatMediaTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static WeChatMediaSource Source(WeChatApiHarness h) => new(h.Api, h.Tokens);

    [Fact]
    public async Task An_image_comes_back_with_its_content_type_even_after_the_token_expired()
    {
        await using var h = await WeChatApiHarness.StartAsync();
        h.Server.Media.Add("m1", "image/png", Png);
        h.Server.Enqueue(FakeWeChatFault.TokenExpired());

        var media = await Source(h).GetAsync("m1", CancellationToken.None);

        Assert.NotNull(media);
        Assert.Equal("image/png", media.ContentType);
        Assert.Equal(Png, media.Bytes);
        Assert.Equal(2, h.Server.RequestsTo("/cgi-bin/media/get").Count);
    }

    [Fact]
    public async Task An_unknown_id_or_a_file_that_is_not_an_image_gives_nothing()
    {
        await using var h = await WeChatApiHarness.StartAsync();
        h.Server.Media.Add("page", "text/html", "<html></html>"u8.ToArray());
        h.Server.Media.Add("video", "video/mp4", [0, 0, 0, 24]);

        Assert.Null(await Source(h).GetAsync("gone", CancellationToken.None));
        Assert.Null(await Source(h).GetAsync("page", CancellationToken.None));
        Assert.Null(await Source(h).GetAsync("video", CancellationToken.None));
    }

    [Fact]
    public async Task An_image_larger_than_the_cap_is_refused()
    {
        await using var h = await WeChatApiHarness.StartAsync();
        h.Server.Media.Add("big", "image/jpeg", new byte[WeChatMediaSource.MaxBytes + 1]);

        var token = await h.Tokens.GetAsync(h.Api, CancellationToken.None);
        var result = await h.Api.GetMediaAsync(token.Token!.Token, "big", WeChatMediaSource.MaxBytes, CancellationToken.None);

        Assert.Null(result.Media);
        Assert.Equal("too-large", result.Result.Code);
    }
}
