using System.Text.RegularExpressions;
using Alerts.Channels.Messages;
using Alerts.Identity.Linking;
using Alerts.Identity.Tests.Support;
using Alerts.Store.People;
using Dapper;

namespace Alerts.Identity.Tests.Linking;

/// <summary>Proof before linking: codes by SMS, the same answer for every number, tries, cool-down and rate limits.</summary>
public sealed class PhoneLinkingTests
{
    private const string Stranger = "oStrangerLinking000000000001";

    [Theory]
    [InlineData("123456", "123456")]
    [InlineData("123 456", "123456")]
    [InlineData("１２３４５６", "123456")]
    [InlineData("验证码是123456", "123456")]
    [InlineData("12345", null)]
    [InlineData("1234567", null)]
    [InlineData("我不知道", null)]
    [InlineData("13812345678", null)]
    public void ACodeIsSixDigitsTypedAnyWay(string text, string? code) => Assert.Equal(code, LinkCodes.Parse(text));

    [Fact]
    public async Task ARegisteredVillagersPhoneGetsACodeBySmsAndTheRightCodeLinksAndConsents()
    {
        using var h = await IdentityHarness.StartAsync();
        var villager = h.First(Roles.Villager);

        Assert.Equal(LinkRequestOutcome.Asked, await RequestAsync(h, Stranger, villager.Phone));
        var (personId, text, only) = Assert.Single(h.Notifications());
        Assert.Equal((villager.Id, "sms"), (personId, only));
        var code = Regex.Match(text, @"\d{6}").Value;

        var check = await CheckAsync(h, Stranger, code);
        Assert.Equal(LinkCheckOutcome.Linked, check.Outcome);
        using var c = h.Open();
        Assert.Equal((Stranger, true), c.QuerySingle<(string, bool)>(
            "SELECT wechat_openid, consented_utc IS NOT NULL FROM people WHERE id = @Id", new { villager.Id }));
        Assert.Equal(LinkCheckOutcome.Expired, (await CheckAsync(h, Stranger, code)).Outcome); // used once only
    }

    [Fact]
    public async Task UnregisteredAndStaffNumbersAreAnsweredAlikeButNothingIsSentAndNoCodeMatches()
    {
        using var h = await IdentityHarness.StartAsync();
        var worker = h.First(Roles.GridWorker);

        Assert.Equal(LinkRequestOutcome.Asked, await RequestAsync(h, Stranger, "+8613900000077"));
        Assert.Equal(LinkRequestOutcome.Asked, await RequestAsync(h, "oOtherStranger00000000000001", worker.Phone));

        Assert.Empty(h.Notifications());
        var wrong = await CheckAsync(h, Stranger, "000000");
        Assert.Equal((LinkCheckOutcome.Wrong, 4), (wrong.Outcome, wrong.TriesLeft));
        using var c = h.Open();
        Assert.Null(c.ExecuteScalar<string?>("SELECT wechat_openid FROM people WHERE id = @Id AND wechat_openid = 'oOtherStranger00000000000001'", new { worker.Id }));
    }

    [Fact]
    public async Task FiveWrongCodesLockTheAddressForTheCoolDownEvenWithTheRightOneAfter()
    {
        using var h = await IdentityHarness.StartAsync();
        var villager = h.First(Roles.Villager);
        await RequestAsync(h, Stranger, villager.Phone);
        var code = Regex.Match(h.Notifications()[0].Text, @"\d{6}").Value;
        var wrong = code == "999999" ? "999998" : "999999";

        for (var i = 4; i >= 1; i--) Assert.Equal(i, (await CheckAsync(h, Stranger, wrong)).TriesLeft);
        Assert.Equal(LinkCheckOutcome.Locked, (await CheckAsync(h, Stranger, wrong)).Outcome);
        Assert.Equal(LinkCheckOutcome.Expired, (await CheckAsync(h, Stranger, code)).Outcome);
        Assert.Equal(LinkRequestOutcome.TooOften, await RequestAsync(h, Stranger, villager.Phone));

        h.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(LinkRequestOutcome.Asked, await RequestAsync(h, Stranger, villager.Phone));
    }

    [Fact]
    public async Task ACodeIsValidForFiveMinutes()
    {
        using var h = await IdentityHarness.StartAsync();
        await RequestAsync(h, Stranger, h.First(Roles.Villager).Phone);
        var code = Regex.Match(h.Notifications()[0].Text, @"\d{6}").Value;

        h.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        Assert.Equal(LinkCheckOutcome.Expired, (await CheckAsync(h, Stranger, code)).Outcome);
    }

    [Fact]
    public async Task LookupsAreLimitedPerAddressAndCodesPerPhoneAndPerVillage()
    {
        using var h = await IdentityHarness.StartAsync(new Dictionary<string, string?> { ["Identity:CodesPerVillage"] = "4" });
        using var c = h.Open();
        var villagers = c.Query<(long Id, string Phone, string Region)>(
            "SELECT id, phone, region_code FROM people WHERE role = 'villager' AND phone IS NOT NULL AND sms_opted_out = 0 ORDER BY region_code, id")
            .GroupBy(v => v.Region).First(g => g.Count() >= 3).ToList();

        // Per address: three lookups an hour, then refused (the number asked about does not matter).
        for (var i = 0; i < 3; i++) Assert.Equal(LinkRequestOutcome.Asked, await RequestAsync(h, Stranger, $"+861390000000{i}"));
        Assert.Equal(LinkRequestOutcome.TooOften, await RequestAsync(h, Stranger, villagers[0].Phone));

        // Per phone: three lookups by anyone, then no code goes out, though the answer stays the same.
        for (var i = 0; i < 4; i++) Assert.Equal(LinkRequestOutcome.Asked, await RequestAsync(h, $"oPhoneLimit{i:D17}", villagers[0].Phone));
        Assert.Equal(3, h.Notifications().Count(n => n.PersonId == villagers[0].Id));

        // Per village: four codes an hour here (the setting): the fourth goes out, the fifth does not.
        Assert.Equal(LinkRequestOutcome.Asked, await RequestAsync(h, "oVillageLimit000000000000001", villagers[1].Phone));
        Assert.Equal(LinkRequestOutcome.Asked, await RequestAsync(h, "oVillageLimit000000000000002", villagers[2].Phone));
        Assert.Contains(h.Notifications(), n => n.PersonId == villagers[1].Id);
        Assert.DoesNotContain(h.Notifications(), n => n.PersonId == villagers[2].Id);
        var audited = c.ExecuteScalar<long>("SELECT COUNT(*) FROM audit_log WHERE action IN ('link_code_requested', 'link_lookup_refused')");
        Assert.Equal(10, audited);
    }

    private static Task<LinkRequestOutcome> RequestAsync(IdentityHarness h, string address, string phone) =>
        h.InTurnAsync((c, tx) => h.Linking.RequestAsync(c, tx, ChannelKind.WeChat, address, phone, h.Clock.GetUtcNow(), CancellationToken.None));

    private static Task<LinkCheck> CheckAsync(IdentityHarness h, string address, string code) =>
        h.InTurnAsync((c, tx) => h.Linking.CheckAsync(c, tx, ChannelKind.WeChat, address, code, h.Clock.GetUtcNow(), CancellationToken.None));
}
