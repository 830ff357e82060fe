using Alerts.Broadcast.Tests.Support;
using Alerts.Broadcast.Warnings;

namespace Alerts.Broadcast.Tests.Warnings;

public sealed class WarningValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AbsentFieldsTakeTheirDefaults()
    {
        var draft = WarningValidator.Validate(Requests.Gale(), Now, TimeSpan.FromHours(24));

        Assert.True(draft.Succeeded);
        Assert.Equal(Audiences.All, draft.Value.Audiences);
        Assert.Equal(Now, draft.Value.Effective);
        Assert.Equal(Now.AddHours(24), draft.Value.Expires);
        Assert.Equal(DefenceGuides.For("大风", WarningLevel.Yellow, "warning"), draft.Value.Instruction);
    }

    [Fact]
    public void AreasAreReducedToDisjointPrefixes()
    {
        var draft = WarningValidator.Validate(Requests.Gale("500112101001", "500112101", "500112102000"), Now, TimeSpan.FromHours(1));

        Assert.Equal(["500112101", "500112102"], draft.Value!.Areas);
    }

    [Fact]
    public void ATimeWithoutAnOffsetIsBeijingTime()
    {
        var draft = WarningValidator.Validate(Requests.Gale() with { Effective = "2026-06-01T09:00:00", Expires = "2026-06-01T10:00:00+08:00" },
            Now, TimeSpan.FromHours(1));

        Assert.Equal(new DateTimeOffset(2026, 6, 1, 1, 0, 0, TimeSpan.Zero), draft.Value!.Effective);
        Assert.Equal(TimeSpan.FromHours(1), draft.Value.Expires - draft.Value.Effective);
    }

    [Theory]
    [InlineData("hazard", "volcano", null, null)]
    [InlineData("event", null, "暴雨", null)]  // a weather event under geological
    [InlineData("level", null, null, "purple")]
    [InlineData("event", "other", "滑坡", null)]     // a geological event under other would escape natural resources' rule
    [InlineData("event", "other", "山体滑坡", null)]
    [InlineData("event", "other", "暴雨", null)]      // a named family's event belongs to that family
    public void WrongValuesAreReportedByField(string field, string? hazard, string? eventName, string? level)
    {
        var request = Requests.Landslide("warning") with
        {
            Hazard = hazard ?? "geological", Event = eventName ?? "滑坡", Level = level ?? "orange",
        };

        var result = WarningValidator.Validate(request, Now, TimeSpan.FromHours(1));

        Assert.False(result.Succeeded);
        Assert.Contains(field, result.Refusal.Errors.Keys);
        Assert.Contains(" / ", result.Refusal.Errors[field][0]);
    }

    [Theory]
    [InlineData("effective", "9999-12-31T23:59:59", null)]       // effective + 24 h would pass year 9999
    [InlineData("effective", "9999-12-31T23:59:59Z", null)]      // no Beijing form
    [InlineData("effective", "0001-01-01T00:00:00", null)]       // no UTC form
    [InlineData("effective", "0001-01-01T00:00:00+14:00", null)]
    [InlineData("effective", "2027-06-02T00:00:00Z", null)]      // more than a year ahead
    [InlineData("effective", "2025-05-31T00:00:00Z", "2026-06-02T00:00:00Z")] // more than a year ago
    [InlineData("expires", null, "9999-12-31T23:59:59")]
    [InlineData("expires", null, "9999-12-31T23:59:59-14:00")]
    [InlineData("expires", "2026-06-01T00:00:00Z", "2026-07-01T00:00:01Z")] // longer than 30 days
    public void TimesOutOfBoundsAreFieldErrorsNotExceptions(string field, string? effective, string? expires)
    {
        var result = WarningValidator.Validate(Requests.Gale() with { Effective = effective, Expires = expires }, Now, TimeSpan.FromHours(24));

        Assert.Equal([field], result.Refusal!.Errors.Keys);
    }

    [Theory]
    [InlineData("2027-05-31T00:00:00Z", null)]                   // within a year ahead
    [InlineData("2026-06-01T00:00:00Z", "2026-07-01T00:00:00Z")] // exactly 30 days
    public void TimesAtTheBoundsAreAccepted(string? effective, string? expires)
    {
        Assert.True(WarningValidator.Validate(Requests.Gale() with { Effective = effective, Expires = expires }, Now, TimeSpan.FromHours(24)).Succeeded);
    }

    [Fact]
    public void EveryMistakeIsReportedAtOnce()
    {
        var request = new WarningRequest
        {
            Hazard = "weather", Event = "大风", Level = "red", Kind = "rumour", Areas = ["12345", "000000000000"],
            Audiences = ["everyone"], Effective = "2026-06-01T10:00:00Z", Expires = "2026-06-01T09:00:00Z",
        };

        var result = WarningValidator.Validate(request, Now, TimeSpan.FromHours(1));

        Assert.Equal(["areas", "audiences", "description", "expires", "headline", "kind"], result.Refusal!.Errors.Keys.Order());
        Assert.Equal(2, result.Refusal.Errors["areas"].Length);
    }

    [Fact]
    public void AnAllClearMustSayWhatItLifts()
    {
        var result = WarningValidator.Validate(Requests.Gale() with { Kind = "all_clear" }, Now, TimeSpan.FromHours(1));

        Assert.Contains("references", result.Refusal!.Errors.Keys);
    }
}
