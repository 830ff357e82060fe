using System.Data.Common;
using System.Text;
using Alerts.Incidents.Statistics;
using Alerts.Store.Csv;
using Alerts.Store.Database;
using Dapper;

namespace Alerts.Incidents.Tests.Statistics;

/// <summary>
/// One Beijing day (2026-07-01) seeded by hand across two towns, with reports confirmed, pending and rejected, ranges, an
/// unknown loss, reports the day before and the day after, help requests, incidents open and closed, grades and
/// sheltered counts changing through the day: every cell is the number worked out by hand in the comments.
/// </summary>
public sealed class DailyStatisticsTests
{
    private static readonly DateOnly Day = new(2026, 7, 1);

    // Beijing wall-clock time on the day (hour 24 = midnight at its end), as UTC text.
    private static string At(int day, int hour, int minute = 0) =>
        UtcText.Format(new DateTimeOffset(2026, 7, day, 0, 0, 0, BeijingTime.Offset).AddHours(hour).AddMinutes(minute));

    [Fact]
    public async Task EveryCellOfTheDayIsTheHandComputedFigure()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(200);
        var f = Seed(db);
        var s = await new StatisticsReader(new StatisticsStore(db.Db)).ForAsync("500112000000", Day, CancellationToken.None);

        var a = s.Rows.Single(r => r.Code == f.TownA);
        // Deaths: R1 1 (R3 pending 5, R4 rejected 9, R5 the day before 7 do not count). Injured: R1 2 + R2 1 + R6 0.
        // Collapsed: R1. Unsafe: R2. Loss: R1 3000–5000 + R2 2000; R6 said 不知道 and adds nothing.
        // Households: R1 and R6 are h1, R2 is h2. Received R1 R2 R3 R4 R6; confirmed R1 R2 R6; pending R3.
        Assert.Equal(("1", "3", "1", "1", "5000–7000"), (a.Deaths.ToString(), a.Injured.ToString(), a.HousesCollapsed.ToString(),
            a.HousesUnsafe.ToString(), a.DirectLoss.ToString()));
        Assert.Equal((2, 5, 3, 1), (a.AffectedHouseholds, a.ReportsReceived, a.ReportsConfirmed, a.ReportsPending));
        // One help request that day (one the day before); 35 at 村小学 by 18:00 (50 only the next day); 村委会's 5 was in
        // the incident closed at 20:00. One incident open at midnight, 中型 since 15:00 (大型 only the next day).
        Assert.Equal((1, (int?)35, 1, "medium"), (a.HelpRequests, a.Sheltered, a.IncidentsOpen, a.HighestGrade));

        var b = s.Rows.Single(r => r.Code == f.TownB);
        // R7 (a neighbour with no register record: a household of its own) collapsed, 1000; R8 pending; R9 is the next day.
        Assert.Equal(("0", "0", "1", "0", "1000"), (b.Deaths.ToString(), b.Injured.ToString(), b.HousesCollapsed.ToString(),
            b.HousesUnsafe.ToString(), b.DirectLoss.ToString()));
        Assert.Equal((1, 2, 1, 1, 0), (b.AffectedHouseholds, b.ReportsReceived, b.ReportsConfirmed, b.ReportsPending, b.HelpRequests));
        Assert.Equal(((int?)null, 0, (string?)null), (b.Sheltered, b.IncidentsOpen, b.HighestGrade));

        var total = s.Rows.Single(r => r.IsTotal);
        Assert.Equal("渝北区合计", total.Name);
        Assert.Same(total, s.Rows[^1]);
        Assert.Equal(("1", "3", "2", "1", "6000–8000"), (total.Deaths.ToString(), total.Injured.ToString(),
            total.HousesCollapsed.ToString(), total.HousesUnsafe.ToString(), total.DirectLoss.ToString()));
        // Help: town A's one and the county-level one that named no village.
        Assert.Equal((3, 7, 4, 2, 2, (int?)35, 1, "medium"), (total.AffectedHouseholds, total.ReportsReceived, total.ReportsConfirmed,
            total.ReportsPending, total.HelpRequests, total.Sheltered, total.IncidentsOpen, total.HighestGrade));
        Assert.All(s.Rows.Where(r => !r.IsTotal && r.Code != f.TownA && r.Code != f.TownB),
            r => Assert.Equal((0, 0, (int?)null), (r.ReportsReceived, r.HelpRequests, r.Sheltered)));

        var csv = CsvRows.Read(Encoding.UTF8.GetString(StatisticsCsv.Write(s)))!;
        Assert.Equal(StatisticsCsv.Headers, csv[0].Fields);
        Assert.Equal(["2026-07-01", f.TownA, a.Name, "1", "3", "1", "1", "5000–7000", "2", "5", "3", "1", "1", "35", "1", "中型"],
            csv.Single(r => r.Fields[1] == f.TownA).Fields);
        Assert.Equal(["2026-07-01", f.TownB, b.Name, "0", "0", "1", "0", "1000", "1", "2", "1", "1", "0", "未记录", "0", "—"],
            csv.Single(r => r.Fields[1] == f.TownB).Fields);
        Assert.Equal(["2026-07-01", "500112000000", "渝北区合计", "1", "3", "2", "1", "6000–8000", "3", "7", "4", "2", "2", "35", "1", "中型"],
            csv[^1].Fields);
    }

    private sealed record Fixture(string TownA, string TownB);

    private static Fixture Seed(TempDatabase db)
    {
        using var c = db.Open();
        var villages = c.Query<string>("SELECT code FROM regions WHERE level = 5 ORDER BY (SELECT COUNT(*) FROM households h WHERE h.village_code = code) DESC, code").AsList();
        var a1 = villages[0];
        var b1 = villages.First(v => v[..9] != a1[..9]);
        var (townA, townB) = (a1[..9] + "000", b1[..9] + "000");
        var homesA = c.Query<long>("SELECT id FROM households WHERE village_code = @V ORDER BY id LIMIT 3", new { V = a1 }).AsList();
        var reporter = c.QueryFirst<long>("SELECT id FROM people ORDER BY id");
        void Report(int n, string village, long? home, string status, string at, int deaths = 0, int injured = 0, string house = "none",
            int? loss = null, int? lossMax = null) => c.Execute("""
            INSERT INTO reports (number, village_code, household_id, reporter_id, hazard, deaths, injured, house, crops, water,
                                 income_lost_yuan, income_lost_max_yuan, status, created_utc, updated_utc)
            VALUES (@Number, @Village, @Home, @Reporter, 'landslide', @Deaths, @Injured, @House, 'none', 'normal', @Loss, @LossMax,
                    @Status, @At, @At)
            """, new { Number = $"T{n}", Village = village, Home = home, Reporter = reporter, Deaths = deaths, Injured = injured,
                House = house, Loss = loss, LossMax = lossMax, Status = status, At = at });
        Report(1, a1, homesA[0], "confirmed", At(1, 1), deaths: 1, injured: 2, house: "collapsed", loss: 3000, lossMax: 5000);
        Report(2, a1, homesA[1], "confirmed", At(1, 10), injured: 1, house: "unsafe", loss: 2000);
        Report(3, a1, homesA[0], "submitted", At(1, 12), deaths: 5);
        Report(4, a1, homesA[1], "rejected", At(1, 13), deaths: 9);
        Report(5, a1, homesA[1], "confirmed", At(1, 0, -30), deaths: 7);
        Report(6, a1, homesA[0], "confirmed", At(1, 23, 59));
        Report(7, b1, null, "confirmed", At(1, 8), house: "collapsed", loss: 1000);
        Report(8, b1, null, "submitted", At(1, 9));
        Report(9, b1, null, "confirmed", At(1, 24), deaths: 3);

        void Help(string region, string? village, string at) => c.Execute("""
            INSERT INTO help_requests (channel, address, village_code, region_code, words, status, created_utc, updated_utc)
            VALUES ('sms', '+8613800000000', @Village, @Region, '救命', 'open', @At, @At)
            """, new { Village = village, Region = region, At = at });
        Help(a1, a1, At(1, 11));
        Help(a1, a1, At(1, 0, -1));
        Help("500112000000", null, At(1, 15));

        var open = Incident(c, townA, At(1, -5), closed: null);
        var closed = Incident(c, townA, At(1, 6), closed: At(1, 20));
        Grade(c, open, "medium", At(1, 15));
        Grade(c, open, "large", At(1, 24, 5));
        var school = Shelter(c, a1, "村小学", 120);
        var office = Shelter(c, a1, "村委会", 60);
        Count(c, open, school, 10, At(1, 9));
        Count(c, open, school, 35, At(1, 18));
        Count(c, open, school, 50, At(1, 24, 30));
        Count(c, closed, office, 5, At(1, 12));
        return new Fixture(townA, townB);
    }

    private static long Incident(DbConnection c, string town, string opened, string? closed) => c.ExecuteScalar<long>("""
        INSERT INTO incidents (town_code, county_code, family, title, status, opened_utc, opened_by, last_item_utc, closed_utc, closed_by, updated_utc)
        VALUES (@Town, '500112000000', 'geological', '滑坡', @Status, @Opened, 'system', @Opened, @Closed, @ClosedBy, @Opened)
        RETURNING id
        """, new { Town = town, Opened = opened, Closed = closed, Status = closed is null ? "open" : "closed", ClosedBy = closed is null ? null : "official:1" });

    private static void Grade(DbConnection c, long incident, string grade, string at) => c.Execute("""
        INSERT INTO incident_grades (incident_id, grade, disaster_grade, figures_json, reason, graded_utc)
        VALUES (@Id, @Grade, @Grade, '{}', '灾情', @At)
        """, new { Id = incident, Grade = grade, At = at });

    private static long Shelter(DbConnection c, string village, string name, int capacity) => c.ExecuteScalar<long>("""
        INSERT INTO shelters (village_code, name, capacity, created_utc, updated_utc) VALUES (@Village, @Name, @Capacity, '2026-01-01', '2026-01-01')
        RETURNING id
        """, new { Village = village, Name = name, Capacity = capacity });

    private static void Count(DbConnection c, long incident, long shelter, int n, string at) => c.Execute("""
        INSERT INTO incident_shelter_count_history (incident_id, shelter_id, sheltered, set_utc, set_by) VALUES (@I, @S, @N, @At, 'person:1')
        """, new { I = incident, S = shelter, N = n, At = at });
}
