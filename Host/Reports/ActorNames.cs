using System.Globalization;
using Alerts.Identity.Accounts;
using Alerts.Store.People;

namespace Alerts.Host.Reports;

/// <summary>
/// An audit actor as staff read it: "person:5" is a named person, "account:7" a console account; anything else (a
/// masked chat address, a worker of the system) is shown as recorded.
/// </summary>
internal sealed class ActorNames(PersonStore people, AccountStore accounts)
{
    public async Task<string> NameAsync(string actor, CancellationToken ct)
    {
        var (kind, id) = Split(actor);
        if (kind == "person" && id is { } personId && await people.GetAsync(personId, ct) is { } person)
            return person.Role == Roles.GridWorker ? $"网格员{person.Name}" : person.Name;
        if (kind == "account" && id is { } accountId && await accounts.GetAsync(accountId, ct) is { } account)
            return $"{account.Name}（工作台）";
        return actor switch
        {
            "help_escalation" => "系统（逐级通知）",
            _ => actor,
        };
    }

    private static (string Kind, long? Id) Split(string actor)
    {
        var colon = actor.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return (actor, null);
        return long.TryParse(actor.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? (actor[..colon], id)
            : (actor[..colon], null);
    }
}
