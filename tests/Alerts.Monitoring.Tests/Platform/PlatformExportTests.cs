using System.Text;
using Alerts.Monitoring.Cases;
using Alerts.Monitoring.Platform;
using Alerts.Store.Csv;
using static Alerts.Monitoring.Tests.Cases.CaseWorld;

namespace Alerts.Monitoring.Tests.Platform;

/// <summary>The list for 重庆精准扶贫大数据平台: enrolled cases not yet keyed in, columns as the data file orders them.</summary>
public sealed class PlatformExportTests
{
    [Fact]
    public async Task AnEnrolledCaseIsListedUntilSomebodyRecordsItsEntry()
    {
        await using var world = await CreateAsync();
        var id = await world.OpenAsync(world.AddHousehold("=录入甲", registerNo: "R-77"));
        await world.StepAsync(id, CaseSteps.VillageReview, "submit", GridWorker());
        await world.StepAsync(id, CaseSteps.TownRevisit, "confirm", TownOfficial());
        await world.StepAsync(id, CaseSteps.CountyDecision, "enrol", CountyRural);
        var export = world.Get<PlatformExport>();

        var bytes = await export.WriteAsync("500112", Ct);
        await world.StepAsync(id, CaseSteps.PlatformEntry, "entered", GridWorker());
        var after = await export.WriteAsync("500112", Ct);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = CsvRows.Read(Encoding.UTF8.GetString(bytes))!;
        Assert.Equal(PlatformExport.Columns.Select(c => c.Header), rows[0].Fields);
        var row = rows[1].Fields;
        string Cell(string field) => row[PlatformExport.Columns.ToList().FindIndex(c => c.Field == field)];
        Assert.Equal("R-77", Cell("register_no"));
        // A name a spreadsheet would run as a formula is neutralised.
        Assert.Equal("'=录入甲", Cell("head_name"));
        Assert.Equal("农户申请", Cell("source"));
        Assert.Equal(world.Today.ToString("yyyy-MM-dd"), Cell("enrolled_on"));
        Assert.Equal(world.Today.ToString("yyyy-MM-dd"), Cell("town_revisited_on"));
        Assert.Single(CsvRows.Read(Encoding.UTF8.GetString(after))!);
    }

    [Fact]
    public void EveryColumnOfTheDataFileIsAFieldTheExportKnows() =>
        Assert.Contains(PlatformExport.Columns, c => c.Field == "register_no");
}
