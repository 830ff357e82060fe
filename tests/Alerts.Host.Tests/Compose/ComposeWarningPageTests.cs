using System.Net;
using Alerts.Broadcast.Warnings;
using Alerts.Host.Tests.Broadcast;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Dapper;
using static Alerts.Host.Tests.Compose.ComposeForms;

namespace Alerts.Host.Tests.Compose;

public sealed class ComposeWarningPageTests
{
    [Fact]
    public async Task The_form_offers_only_the_towns_and_villages_of_the_officials_jurisdiction_with_their_counts()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync(Town, AccountRoles.Official);

        var html = await client.GetStringAsync("/warnings/new");

        using var c = app.OpenDatabase();
        var households = c.ExecuteScalar<long>("SELECT COUNT(*) FROM households WHERE village_code = @VillageA", new { VillageA });
        var people = c.ExecuteScalar<long>("SELECT COUNT(*) FROM people WHERE region_code = @VillageA AND role = 'villager'", new { VillageA });
        var villages = c.Query<string>("SELECT code FROM regions WHERE level = 5 AND code LIKE '500112101%'").ToList();
        Assert.True(households > 0);
        Assert.Contains($"（{households} 户，{people} 人）", html);
        Assert.All(villages, v => Assert.Contains($"id=\"area-{v}\"", html));
        Assert.Contains($"id=\"area-{Town}\"", html);
        Assert.DoesNotContain("area-500112102", html);
        Assert.Contains("暴雨", TextOf(html, "event"));
        Assert.NotEqual("", TextOf(html, "instruction")); // prefilled from the 防御指南
        Assert.NotEqual("", ValueOf(html, "effective"));
    }

    [Fact]
    public async Task The_preview_counts_recipients_by_village_audience_and_channel_and_stores_nothing()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync(Town, AccountRoles.Official);

        var html = await PreviewAsync(client, Gale(VillageA, VillageB));

        using var c = app.OpenDatabase();
        var expected = c.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM people WHERE region_code IN @Villages AND role IN ('villager', 'grid_worker')",
            new { Villages = new[] { VillageA, VillageB } });
        Assert.Equal(expected.ToString(), TextOf(html, "preview-total"));
        var byChannel = new[] { "wechat", "sms", "none" }.Sum(ch => long.Parse(TextOf(html, "preview-channel-" + ch)));
        Assert.Equal(expected, byChannel);
        Assert.Contains($"data-village=\"{VillageA}\"", html);
        Assert.Contains($"data-village=\"{VillageB}\"", html);
        Assert.Contains("村民住户", TextOf(html, "preview-audiences"));
        Assert.DoesNotContain("干部", TextOf(html, "preview-audiences"));
        Assert.Contains("今夜有7级以上大风", TextOf(html, "description"));
        Assert.True(IsChecked(html, "area-" + VillageA));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM warnings"));
    }

    [Fact]
    public async Task An_untouched_prefilled_instruction_follows_the_event_without_script_and_one_written_by_hand_is_kept()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync(Town, AccountRoles.Official);
        var storm = DefenceGuides.For("暴雨", WarningLevel.Blue, WarningKinds.Warning);
        var gale = DefenceGuides.For("大风", WarningLevel.Yellow, WarningKinds.Warning);

        var followed = await PreviewAsync(client, Gale(VillageA).With("instruction", storm).With("guide", storm));
        var kept = await PreviewAsync(client, Gale(VillageA).With("instruction", "关好门窗。").With("guide", storm));

        Assert.NotEqual(storm, gale);
        Assert.Equal(gale, TextOf(followed, "instruction"));
        Assert.Equal("关好门窗。", TextOf(kept, "instruction"));
        Assert.Contains("关好门窗。", TextOf(kept, "sms-text"));
    }

    [Fact]
    public async Task The_previewed_sms_and_template_are_what_dispatch_sends_once_a_second_official_approves()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync(Town, AccountRoles.Official);
        using var approver = await app.ClientAsync(OfficialsApi.County);

        var html = await PreviewAsync(client, Gale(VillageA));
        var sms = TextOf(html, "sms-text");
        Assert.StartsWith("【大风黄色预警】大风黄色预警。", sms);
        Assert.Equal(sms.Length.ToString(), TextOf(html, "sms-length"));
        Assert.Contains("大风", TextOf(html, "template-fields"));
        Assert.DoesNotContain("id=\"green-channel\"", html);

        var submitted = await PostAsync(client, "/warnings/new", Gale(VillageA).With("submit", "true"));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var id = long.Parse(submitted.Headers.Location!.OriginalString["/warnings/".Length..]);
        Assert.Equal("awaiting_approval", app.StatusOf(id));
        Assert.Equal(HttpStatusCode.OK, (await approver.PostAsync($"/api/warnings/{id}/approve", null)).StatusCode);

        using var c = app.OpenDatabase();
        (string Text, long Segments)? sent = null;
        for (var i = 0; i < 200 && sent is null; i++)
        {
            await Task.Delay(50);
            sent = c.Query<(string, long)>("SELECT text, segments FROM outbound_messages WHERE purpose = 'warning' AND channel = 'sms' LIMIT 1")
                .Cast<(string, long)?>().FirstOrDefault();
        }
        Assert.NotNull(sent);
        Assert.Equal(sms, sent.Value.Text);
        Assert.Equal(sent.Value.Segments.ToString(), TextOf(html, "sms-segments"));
    }

    [Fact]
    public async Task Saving_a_draft_keeps_it_a_draft_and_a_green_channel_event_is_shown_as_published_at_once()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync(Town, AccountRoles.Official);

        var draft = await PostAsync(client, "/warnings/new", Gale(VillageA).With("submit", "false"));
        var storm = await PreviewAsync(client, Gale(VillageA).With("event", "暴雨").With("level", "red"));

        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        Assert.Equal("draft", app.StatusOf(long.Parse(draft.Headers.Location!.OriginalString["/warnings/".Length..])));
        Assert.Contains("提交后立即发布", TextOf(storm, "green-channel"));
    }

    [Fact]
    public async Task A_refused_submit_keeps_every_input_and_shows_each_reason_beside_its_field()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync(Town, AccountRoles.Official);
        var fields = Gale(VillageA, VillageB).With("headline", "").With("effective", "2026-06-02T08:00").With("expires", "2026-06-01T08:00")
            .With("submit", "true");

        var response = await PostAsync(client, "/warnings/new", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("不能为空", TextOf(html, "headline-error"));
        Assert.Contains("失效时间", TextOf(html, "expires-error"));
        Assert.Contains("aria-describedby=\"headline-error\"", html);
        Assert.Equal("2026-06-01T08:00", ValueOf(html, "expires"));
        Assert.Contains("今夜有7级以上大风", TextOf(html, "description"));
        Assert.True(IsChecked(html, "area-" + VillageB));
        Assert.False(IsChecked(html, "audience-officials"));
        Assert.Contains("输入有误", TextOf(html, "form-error"));
        using var c = app.OpenDatabase();
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM warnings"));
    }

    [Fact]
    public async Task Areas_outside_the_jurisdiction_posted_by_hand_are_refused_in_preview_and_submit()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync(Town, AccountRoles.Official);

        var preview = await PreviewAsync(client, Gale(VillageA, OtherTownVillage));
        var submit = await PostAsync(client, "/warnings/new", Gale(OtherTownVillage).With("submit", "true"));

        Assert.Contains("不在您的辖区", TextOf(preview, "form-error"));
        Assert.DoesNotContain("id=\"preview\"", preview);
        Assert.Contains("不在您的辖区", TextOf(await submit.Content.ReadAsStringAsync(), "form-error"));
        using var c = app.OpenDatabase();
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM warnings"));
    }

    [Fact]
    public async Task An_update_and_an_all_clear_are_prefilled_from_the_warning_they_change()
    {
        await using var app = new AlertsApp();
        using var creator = await app.ClientAsync(OfficialsApi.County);
        using var approver = await app.ClientAsync(OfficialsApi.County);
        var id = await creator.PublishAsync(approver, OfficialsApi.Gale("500112101001"));
        using var client = await app.SignedInClientAsync(Town, AccountRoles.Official);

        var update = await client.GetStringAsync($"/warnings/new?references={id}");
        var allClear = await client.GetStringAsync($"/warnings/new?references={id}&kind=all_clear");

        Assert.Equal("大风黄色预警", ValueOf(update, "headline"));
        Assert.Contains($"name=\"references\" value=\"{id}\"", update);
        Assert.True(IsChecked(update, "area-500112101001"));
        Assert.Equal("解除：大风黄色预警", ValueOf(allClear, "headline"));
        Assert.Contains("<h1>解除预警</h1>", allClear);
        Assert.Contains("<option value=\"all_clear\" selected=\"selected\">", allClear);

        var lifted = await PostAsync(client, "/warnings/new", [
            new("references", id.ToString()), new("hazard", "weather"), new("event", "大风"), new("level", "yellow"),
            new("kind", "all_clear"), new("headline", ValueOf(allClear, "headline")), new("description", "大风已减弱。"),
            new("areas", "500112101001"), new("audiences", "households"), new("submit", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);
        using var c = app.OpenDatabase();
        Assert.Equal(id, c.ExecuteScalar<long>("SELECT references_id FROM warnings WHERE kind = 'all_clear'"));
    }

    [Fact]
    public async Task A_warning_of_another_town_cannot_be_referenced_and_a_grid_worker_cannot_compose()
    {
        await using var app = new AlertsApp();
        using var creator = await app.ClientAsync(OfficialsApi.County);
        using var approver = await app.ClientAsync(OfficialsApi.County);
        var id = await creator.PublishAsync(approver, OfficialsApi.Gale("500112102001"));
        using var official = await app.SignedInClientAsync(Town, AccountRoles.Official);
        using var worker = await app.SignedInClientAsync(Town, AccountRoles.GridWorker);

        Assert.Equal(HttpStatusCode.NotFound, (await official.GetAsync($"/warnings/new?references={id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await official.GetAsync("/warnings/new?references=99999")).StatusCode);
        // A page is refused the way the sign-in refuses it (a redirect away); a post with a plain 403.
        Assert.Equal(HttpStatusCode.Redirect, (await worker.GetAsync("/warnings/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await worker.GetAsync("/warnings/import")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostAsync("/warnings/new",
            new FormUrlEncodedContent([.. Gale(VillageA), new("submit", "true")]))).StatusCode);
        using var c = app.OpenDatabase();
        Assert.Equal(1, c.ExecuteScalar<long>("SELECT COUNT(*) FROM warnings"));
    }
}
