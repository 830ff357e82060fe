using System.Data.Common;
using System.Globalization;
using Alerts.Incidents.Core;
using Alerts.Store.Database;
using Alerts.Store.Notifications;
using Alerts.Store.People;
using Dapper;
using Microsoft.Extensions.Options;

namespace Alerts.Incidents.Upward;

/// <summary>
/// The county's report to the municipality (art. 35). When a geological incident reaches 大型 or 特大型, a report is drafted
/// at once, the hour runs from that moment, and the county's duty official (the first on the county roster) is told with
/// the draft. One report per incident and grade: a 特大型 after a 大型 is reported again. Joins the caller's transaction.
/// </summary>
public sealed class UpwardReports(IDutyRosters rosters, NotificationStore notifications, IncidentStore incidents,
    IOptions<UpwardOptions> options)
{
    private const string Insert = """
        INSERT INTO incident_upward_reports (incident_id, grade, to_code, draft_text, drafted_utc, due_utc, duty_person_id,
                                             status, next_reminder_utc)
        VALUES (@IncidentId, @Grade, @ToCode, @Text, @Now, @Due, @DutyPersonId, 'drafted', @NextReminder)
        ON CONFLICT (incident_id, grade) DO NOTHING
        RETURNING id
        """;
    private const string PlaceNames = """
        SELECT (SELECT name FROM regions WHERE code = @County) AS county, (SELECT name FROM regions WHERE code = @Town) AS town
        """;

    /// <summary>Drafts the report for <paramref name="grade"/> unless one exists; returns its id, or null when it existed.</summary>
    /// <param name="reason">Which criterion gave the grade, in Chinese ("险情：需转移 520 人，达到大型（500 人以上）").</param>
    /// <param name="figures">The figures as the report states them, one line each.</param>
    public async Task<long?> DraftAsync(DbConnection c, DbTransaction tx, Incident incident, string grade, string reason,
        IReadOnlyList<string> figures, DateTimeOffset now, CancellationToken ct)
    {
        if (!IncidentGrades.MustReportUp(grade)) throw new ArgumentOutOfRangeException(nameof(grade), grade, "only 大型 and 特大型 are reported up");
        var o = options.Value;
        var duty = (await rosters.AtAsync(c, tx, incident.TownCode, 3, ct)).FirstOrDefault();
        var (county, town) = await c.QuerySingleAsync<(string? County, string? Town)>(new CommandDefinition(PlaceNames,
            new { County = incident.CountyCode, Town = incident.TownCode }, tx, cancellationToken: ct));
        var text = DraftText(incident, grade, reason, figures, county ?? incident.CountyCode, town ?? incident.TownCode, o.ToName, now);
        var id = await c.ExecuteScalarAsync<long?>(new CommandDefinition(Insert, new
        {
            IncidentId = incident.Id, Grade = grade, o.ToCode, Text = text, Now = now, Due = now + o.Deadline,
            DutyPersonId = duty?.PersonId, NextReminder = now + o.ReminderInterval,
        }, tx, cancellationToken: ct));
        if (id is null) return null;
        await incidents.AppendEventAsync(c, tx, incident.Id, "upward_drafted", "system",
            $"{IncidentGrades.ToChinese(grade)}：须于{BeijingTime.Of(now + o.Deadline):HH:mm}前报告市政府", now, ct);
        if (duty is not null)
            await notifications.InsertAsync(c, tx, duty.PersonId,
                $"【须1小时内报市】{incident.Number} {town}{IncidentGrades.ToChinese(grade)}地质灾害，" +
                $"请在{BeijingTime.Of(now + o.Deadline):HH:mm}前报告市政府，报告稿已在控制台“灾情事件”中。", "incident_upward", now, ct,
                onlyChannel: duty.Channel);
        return id;
    }

    private static string DraftText(Incident incident, string grade, string reason, IReadOnlyList<string> figures, string county,
        string town, string toName, DateTimeOffset now)
    {
        var kind = reason.StartsWith("险情", StringComparison.Ordinal) ? "险情" : "灾情";
        var lines = new List<string>
        {
            $"关于{county}{town}发生{IncidentGrades.ToChinese(grade)}地质灾害{kind}的报告",
            $"{toName}：",
            $"{BeijingTime.Of(incident.OpenedUtc).ToString("M月d日H时m分", CultureInfo.InvariantCulture)}起，{county}{town}" +
            $"陆续报告地质灾害（事件编号{incident.Number}）。截至{BeijingTime.Of(now).ToString("M月d日H时m分", CultureInfo.InvariantCulture)}，经核实：",
        };
        lines.AddRange(figures.Select(f => "  " + f));
        lines.Add($"依据《重庆市地质灾害防治条例》第五条，{reason}。按第三十五条，现于一小时内报告。");
        lines.Add($"{county}人民政府（应急管理局、规划自然资源局）");
        return string.Join("\n", lines);
    }
}
