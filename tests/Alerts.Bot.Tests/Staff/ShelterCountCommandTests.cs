using Alerts.Bot.Staff;

namespace Alerts.Bot.Tests.Staff;

/// <summary>How a grid worker's sheltered count is read.</summary>
public sealed class ShelterCountCommandTests
{
    [Theory]
    [InlineData("安置 村小学 35", null, "村小学", 35)]
    [InlineData("安置 村小学 35人", null, "村小学", 35)]
    [InlineData("安置 SJ12 村小学 35", 12L, "村小学", 35)]
    [InlineData("村小学安置了35人", null, "村小学", 35)]
    [InlineData("SJ3 村委会安置了 0 人", 3L, "村委会", 0)]
    public void ACountNamesTheShelterTheNumberAndMaybeTheIncident(string text, long? incident, string name, int n)
    {
        var command = ShelterCountCommand.Parse(text);

        Assert.NotNull(command);
        Assert.Equal((incident, name, n), (command.IncidentId, command.ShelterName, command.Sheltered));
    }

    [Theory]
    [InlineData("安置点在哪里")]
    [InlineData("安置 村小学")]
    [InlineData("村小学安置了很多人")]
    public void OtherWordsAreNotACount(string text) => Assert.Null(ShelterCountCommand.Parse(text));
}
