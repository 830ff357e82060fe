using System.Data.Common;
using Alerts.Monitoring.Assessment;
using Alerts.Monitoring.Households;
using Alerts.Monitoring.Tests.Cases;
using Dapper;

namespace Alerts.Monitoring.Tests.Households;

public sealed class HouseholdProfileReaderTests
{
    [Fact]
    public async Task TheRegisterGivesIncomeMembersLivingThereGuaranteesLabourAndFlags()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(20);
        using var c = db.Open();
        var h = RegisteredHousehold.Pick(c).WithIncome(c, 7200, 2025)
            .WithMember(c, "户主", 1965).WithMember(c, "儿子", 1992, livesHere: false).WithMember(c, "孙女", 2016, disabled: true);
        c.Execute("""
            UPDATE households SET labour = 'weak', has_dibao = 1, has_dibao_edge = 1, food_secure = 1, housing_secure = 0
            WHERE id = @Id
            """, new { h.Id });

        var p = await new HouseholdProfileReader().ReadAsync(c, null, h.Id, CancellationToken.None);

        Assert.Equal((7200, 2025, 2, 14400L), (p.IncomePerPersonYuan, p.IncomeYear, p.Members, p.AnnualIncomeYuan));
        Assert.Equal((LabourCapacity.Weak, true, true, false, true), (p.Labour, p.HasDibao, p.HasDibaoEdge, p.IsTekun, p.IsDisabled));
        // Recorded stays recorded, unrecorded stays unknown.
        Assert.Equal((true, false, (bool?)null, (bool?)null), (p.FoodSecure, p.HousingSecure, p.ClothingSecure, p.WaterSecure));
    }

    [Fact]
    public async Task WithoutARegisterTheEnrolledPeopleAreTheLeastTheHouseholdCountsAndNothingElseIsKnown()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(20);
        using var c = db.Open();
        var h = RegisteredHousehold.Pick(c);
        var enrolled = c.ExecuteScalar<int>("SELECT COUNT(*) FROM people WHERE household_id = @Id", new { h.Id });

        var p = await new HouseholdProfileReader().ReadAsync(c, null, h.Id, CancellationToken.None);
        var none = await new HouseholdProfileReader().ReadAsync(c, null, null, CancellationToken.None);

        Assert.Equal(enrolled, p.Members);
        Assert.Null(p.IncomePerPersonYuan);
        Assert.Null(p.Labour);
        Assert.Equal(new HouseholdProfile(), none);
        Assert.Null(none.Members);
    }

    [Theory]
    // born → of compulsory-school age (6 to 15) in 2026
    [InlineData(2020, true)]
    [InlineData(2011, true)]
    [InlineData(2021, false)]
    [InlineData(2010, false)]
    public async Task ASchoolAgeChildIsOneOfSixToFifteenLivingThere(int born, bool schoolAge)
    {
        using var db = await TempDatabase.WithDemoCountyAsync(20);
        using var c = db.Open();
        var h = RegisteredHousehold.Pick(c).WithMember(c, "家长", 1985).WithMember(c, "孩子", born)
            .WithMember(c, "在外读书的", 2014, livesHere: false);

        Assert.Equal(schoolAge, await new HouseholdProfileReader().HasSchoolAgeChildAsync(c, null, h.Id, 2026, CancellationToken.None));
    }
}
