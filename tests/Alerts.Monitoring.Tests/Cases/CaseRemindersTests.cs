using System.Data.Common;
using Alerts.Monitoring.Cases;
using Dapper;
using static Alerts.Monitoring.Tests.Cases.CaseWorld;

namespace Alerts.Monitoring.Tests.Cases;

/// <summary>The 15-day clock: day 10 reminds the village and the town, the deadline the town, late escalates to the county.</summary>
public sealed class CaseRemindersTests
{
    [Fact]
    public async Task ALateCaseRemindsAndEscalates()
    {
        await using var world = await CreateAsync();
        var id = await world.OpenAsync(world.AddHousehold("超期甲"));
        var reminders = world.Get<CaseReminders>();
        using var c = world.Open();
        var gridWorker = c.ExecuteScalar<long>("SELECT worker_id FROM grid_assignments WHERE region_code = @V", new { V = Village });
        var town = c.Query<long>("SELECT person_id FROM duty_roster WHERE region_code = @T", new { T = Town }).ToHashSet();
        var county = c.Query<long>("SELECT person_id FROM duty_roster WHERE region_code = @C", new { C = County }).ToHashSet();

        await reminders.RunDueAsync(50, Ct);
        Assert.Empty(Told(c));

        world.Clock.Advance(TimeSpan.FromDays(10));
        await reminders.RunDueAsync(50, Ct);
        await reminders.RunDueAsync(50, Ct);
        var day10 = Told(c);
        Assert.Equal(town.Append(gridWorker).ToHashSet(), day10.Select(t => t.Person).ToHashSet());
        Assert.Equal(day10.Count, day10.Select(t => t.Person).Distinct().Count());
        Assert.All(day10, t => Assert.Contains($"监测案例{id}", t.Text));
        Assert.All(day10, t => Assert.Contains("还剩5天", t.Text));
        Assert.Contains("超期甲", day10[0].Text);

        world.Clock.Advance(TimeSpan.FromDays(5));
        await reminders.RunDueAsync(50, Ct);
        var deadline = Told(c).Skip(day10.Count).ToList();
        Assert.Equal(town, deadline.Select(t => t.Person).ToHashSet());
        Assert.All(deadline, t => Assert.Contains("今天", t.Text));

        world.Clock.Advance(TimeSpan.FromDays(2));
        await reminders.RunDueAsync(50, Ct);
        await reminders.RunDueAsync(50, Ct);
        var escalation = Told(c).Skip(day10.Count + deadline.Count).ToList();
        Assert.Equal(county, escalation.Select(t => t.Person).ToHashSet());
        Assert.All(escalation, t => Assert.Contains("已超过识别认定期限2天", t.Text));

        Assert.Equal(["clue:application", "reminder:day10", "reminder:deadline", "escalation:county"], world.EventKinds(id));
        Assert.Equal(0, await reminders.RunDueAsync(50, Ct));
    }

    [Fact]
    public async Task ADecidedCaseIsNotReminded()
    {
        await using var world = await CreateAsync();
        var id = await world.OpenAsync(world.AddHousehold("已定乙"));
        await world.StepAsync(id, CaseSteps.VillageReview, "reject", GridWorker(), "不符合条件");

        world.Clock.Advance(TimeSpan.FromDays(20));
        Assert.Equal(0, await world.Get<CaseReminders>().RunDueAsync(50, Ct));

        using var c = world.Open();
        Assert.Empty(Told(c));
    }

    [Fact]
    public async Task ACaseFoundLateGetsItsDeadlineReminderAndEscalationAtOnceButNoDay10()
    {
        await using var world = await CreateAsync();
        // A department's list dated 20 days ago: the clock ran out before anyone saw it.
        var id = await world.OpenAsync(world.AddHousehold("迟到丙"), on: world.Today.AddDays(-20));

        await world.Get<CaseReminders>().RunDueAsync(50, Ct);

        Assert.Equal(["clue:application", "reminder:deadline", "escalation:county"], world.EventKinds(id));
    }

    private static List<(long Person, string Text)> Told(System.Data.Common.DbConnection c) =>
        c.Query<(long, string)>("SELECT person_id, text FROM notifications WHERE reason LIKE 'monitoring_%' ORDER BY id").AsList();
}
