using System.Globalization;
using Alerts.Channels.Messages;
using Alerts.Store.People;

namespace Alerts.Identity;

/// <summary>How an admin names a person on the command line: their id, or their phone number typed any way.</summary>
internal static class PersonRef
{
    public static async Task<Person?> FindAsync(PersonStore people, string text, CancellationToken ct)
    {
        // An id is shorter than any mobile number, so "13812345678" is always a phone.
        if (text.Length < 11 && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return await people.GetAsync(id, ct);
        return MainlandPhone.Parse(text) is { } phone ? await people.FindByPhoneAsync(phone, ct) : null;
    }
}
