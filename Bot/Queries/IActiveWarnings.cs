namespace Alerts.Bot.Queries;

/// <summary>
/// The warnings in force for a village, as the bot shows them. Warnings belong to Broadcast, which the bot does not
/// reference: the Host provides this from Broadcast's public API.
/// </summary>
public interface IActiveWarnings
{
    Task<IReadOnlyList<ActiveWarning>> ForVillageAsync(string villageCode, DateTimeOffset now, CancellationToken ct);
}

/// <summary>One warning in force: its colour in Chinese (红色 …), headline and instruction.</summary>
public sealed record ActiveWarning(string LevelName, string Headline, string Instruction, DateTimeOffset ExpiresUtc);
