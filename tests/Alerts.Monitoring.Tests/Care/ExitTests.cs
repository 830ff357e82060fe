using Alerts.Monitoring.Care;
using Alerts.Monitoring.Exit;
using Alerts.Monitoring.Measures;
using Dapper;

namespace Alerts.Monitoring.Tests.Care;

/// <summary>Exit when the risk is gone: criteria checked on the household's record, a refusal listing what fails, a decision record.</summary>
public sealed class ExitTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task ExitWithItsRecord()
    {
        await using var f = await CareFixture.StartAsync();
        var (id, household, village) = await f.EnrolledCaseAsync(LabourCapacity.Full, "因灾");
        var helper = f.GridWorkerOf(village);
        await f.Get<HelperAssignment>().AssignAsync(id, helper, "account:1", f.Now, Ct);
        await f.Get<MeasureStore>().ChooseAsync(id, new("disaster_relief", "in_progress", null), "account:1", f.Now, Ct);
        var exit = f.Get<CaseExit>();

        var refused = await exit.ExitAsync(id, new("复核后收入已恢复", Confirm: false), "account:1", mayConfirm: true, f.Now, Ct);

        Assert.Equal(CareOutcome.Unmet, refused.Result.Outcome);
        Assert.Contains("未登记2026年收入", refused.Result.Chinese);
        Assert.Contains("不愁吃（未记录）", refused.Result.Chinese);
        Assert.Contains("还有1项措施", refused.Result.Chinese);
        Assert.Equal(8, refused.Criteria.Count);

        using (var c = f.Open())
            c.Execute("""
                UPDATE households SET income_per_person_yuan = 9200, income_year = 2026, food_secure = 1, clothing_secure = 1,
                       education_secure = 1, medical_secure = 1, housing_secure = 1, water_secure = 1 WHERE id = @Id
                """, new { Id = household });
        await f.Get<MeasureStore>().ChooseAsync(id, new("disaster_relief", "done", null), "account:1", f.Now, Ct);
        Assert.True((await exit.CheckAsync(id, f.Now, Ct)).AllMet);
        f.Clock.Advance(TimeSpan.FromHours(1));

        var done = await exit.ExitAsync(id, new("复核后收入已恢复", Confirm: false), "account:7", mayConfirm: true, f.Now, Ct);

        Assert.True(done.Result.IsDone);
        using var check = f.Open();
        Assert.Equal(("exited", f.Now), check.QuerySingle<(string, DateTimeOffset)>(
            "SELECT status, closed_utc FROM monitoring_cases WHERE id = @Id", new { Id = id }));
        Assert.Equal(0L, check.ExecuteScalar<long>("SELECT is_monitored FROM households WHERE id = @Id", new { Id = household }));
        var record = Assert.Single(f.Events(id), e => e.Kind == "exit");
        Assert.Equal(("account:7", "criteria_met", f.Now), (record.Actor, record.Outcome, record.AtUtc));
        Assert.StartsWith("复核后收入已恢复｜人均纯收入稳定高于监测线：符合（2026年人均9200元，监测线6000元）", record.Note);
        Assert.Contains("monitoring_exited", check.Query<string>("SELECT action FROM audit_log WHERE subject = @S", new { S = $"case:{id}" }));
        Assert.Equal(helper, Assert.Single(f.Notices("monitoring_exited")).PersonId);
        Assert.Equal(CareOutcome.Conflict, (await exit.ExitAsync(id, new("再来一次", false), "account:7", true, f.Now, Ct)).Result.Outcome);
    }

    [Fact]
    public async Task AnOfficialMayConfirmAnExitWhoseCriteriaAreUnmetAndTheRecordSaysSo()
    {
        await using var f = await CareFixture.StartAsync();
        var (id, _, _) = await f.EnrolledCaseAsync(LabourCapacity.Full, "因灾");
        var exit = f.Get<CaseExit>();

        var notOfficial = await exit.ExitAsync(id, new("迁出本县", Confirm: true), "account:2", mayConfirm: false, f.Now, Ct);
        var noNote = await exit.ExitAsync(id, new(" ", Confirm: true), "account:3", mayConfirm: true, f.Now, Ct);
        var confirmed = await exit.ExitAsync(id, new("迁出本县", Confirm: true), "account:3", mayConfirm: true, f.Now, Ct);

        Assert.Equal(CareOutcome.Forbidden, notOfficial.Result.Outcome);
        Assert.Equal(CareOutcome.Invalid, noNote.Result.Outcome);
        Assert.True(confirmed.Result.IsDone);
        Assert.False(confirmed.AllMet);
        var record = Assert.Single(f.Events(id), e => e.Kind == "exit");
        Assert.Equal("confirmed_unmet", record.Outcome);
        Assert.Contains("不愁吃：不符合（未记录）", record.Note);
    }
}
