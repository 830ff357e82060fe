using System.Text;
using Xunit.Abstractions;

namespace Alerts.Bot.Tests.Corpus;

/// <summary>
/// Issue 11, item 6: the villager corpus, each line run through the bot. "Understood" = every expected fact with
/// its value and no other fact; "invented" = a fact not expected, or a wrong value. The floors only ever go up.
/// </summary>
public sealed class VillagerCorpusTests(ITestOutputHelper output)
{
    private const double UnderstoodFloor = 0.95;
    private const int InventedCeiling = 0;

    [Fact]
    public void TheCorpusIsLargeEnoughAndCoversEveryNamedKind()
    {
        var lines = CorpusLine.Load();
        Assert.True(lines.Count >= 300, $"{lines.Count} lines");
        Assert.Equal(lines.Count, lines.Select(l => l.Id).Distinct().Count());
        foreach (var tag in new[] { "dialect", "voice", "amount", "negation", "animals", "partial" })
            Assert.True(lines.Count(l => l.Tags.Contains(tag)) >= 40, $"fewer than 40 lines tagged {tag}");
    }

    [Fact]
    public async Task TheBotUnderstandsVillagersAndInventsNothing()
    {
        var lines = CorpusLine.Load();
        var failed = new StringBuilder();
        int understood = 0, invented = 0;
        foreach (var line in lines)
        {
            var actual = await CorpusBot.ReadAsync(line);
            var wrong = actual.Where(kv => !line.Expected.TryGetValue(kv.Key, out var v) || v != kv.Value).ToList();
            var ok = wrong.Count == 0 && actual.Count == line.Expected.Count;
            if (ok) understood++;
            if (wrong.Count > 0) invented++;
            if (!ok)
            {
                failed.Append(wrong.Count > 0 ? "INVENTED " : "missed   ").Append(line.Id).Append(' ').Append(line.Text)
                    .Append("\n    expected ").Append(CorpusLine.Describe(line.Expected))
                    .Append("\n    got      ").Append(CorpusLine.Describe(actual)).Append('\n');
            }
        }

        var share = (double)understood / lines.Count;
        output.WriteLine($"understood {understood}/{lines.Count} = {share:P1}; lines with an invented fact: {invented}");
        output.WriteLine(failed.ToString());
        Assert.True(share >= UnderstoodFloor, $"understood {share:P1} < floor {UnderstoodFloor:P1}");
        Assert.True(invented <= InventedCeiling, $"{invented} lines with an invented fact > {InventedCeiling}");
    }
}
