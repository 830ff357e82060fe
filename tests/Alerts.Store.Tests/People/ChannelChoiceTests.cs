using Alerts.Store.People;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Alerts.Store.Tests.People;

/// <summary>The channel rule has a C# form (dispatch, notifications, the roster) and a SQL form (targeting): they agree.</summary>
public sealed class ChannelChoiceTests
{
    public static TheoryData<string?, bool, string?, bool> Everyone()
    {
        var data = new TheoryData<string?, bool, string?, bool>();
        foreach (var openid in new[] { null, "", "oX" })
        foreach (var unfollowed in new[] { false, true })
        foreach (var phone in new[] { null, "", "+8613800000000" })
        foreach (var optedOut in new[] { false, true })
            data.Add(openid, unfollowed, phone, optedOut);
        return data;
    }

    [Theory]
    [MemberData(nameof(Everyone))]
    public void The_sql_form_chooses_what_the_code_chooses(string? openid, bool unfollowed, string? phone, bool optedOut)
    {
        using var c = new SqliteConnection("Data Source=:memory:");
        c.Open();
        c.Execute("CREATE TABLE people (wechat_openid TEXT, wechat_unfollowed_utc TEXT, phone TEXT, sms_opted_out INTEGER)");
        c.Execute("INSERT INTO people VALUES (@Openid, @Unfollowed, @Phone, @OptedOut)",
            new { Openid = openid, Unfollowed = unfollowed ? "2026-01-01T00:00:00Z" : null, Phone = phone, OptedOut = optedOut });

        var sql = c.ExecuteScalar<string?>($"SELECT {ChannelChoice.Sql} FROM people p");

        Assert.Equal(ChannelChoice.Best(Reach.Of(openid, unfollowed, phone, optedOut)), sql);
    }

    [Fact]
    public void WeChat_comes_first_then_sms_and_a_failed_wechat_moves_to_sms_only_when_they_can_be_texted()
    {
        var both = new Reach(FollowsOnWeChat: true, CanText: true);
        Assert.Equal([ChannelChoice.WeChat, ChannelChoice.Sms], ChannelChoice.Routes(both));
        Assert.Equal([ChannelChoice.Sms], ChannelChoice.Routes(both, only: ChannelChoice.Sms));
        Assert.Equal(ChannelChoice.Sms, ChannelChoice.After(ChannelChoice.WeChat, both));
        Assert.Null(ChannelChoice.After(ChannelChoice.WeChat, both with { CanText = false }));
        Assert.Null(ChannelChoice.After(ChannelChoice.Sms, both));
        Assert.Null(ChannelChoice.Best(new Reach(false, false)));
    }
}
