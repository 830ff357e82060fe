using Alerts.Bot.Queries;
using Alerts.Broadcast.Warnings;
using Alerts.Store.Database;

namespace Alerts.Host.Conversations;

/// <summary>The bot's view of warnings in force, from Broadcast (the bot does not reference Broadcast itself).</summary>
internal sealed class BroadcastActiveWarnings(ActiveWarningsQuery query) : IActiveWarnings
{
    public async Task<IReadOnlyList<ActiveWarning>> ForVillageAsync(string villageCode, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await query.ForVillageAsync(villageCode, now, ct);
        return rows.Select(r => new ActiveWarning(
            WarningLevels.TryParse(r.Level, out var level) ? level.ChineseName() : r.Level,
            r.Headline, r.Instruction, UtcText.Parse(r.ExpiresUtc))).ToList();
    }
}
