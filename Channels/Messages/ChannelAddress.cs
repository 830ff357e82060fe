using System.Buffers;

namespace Alerts.Channels.Messages;

/// <summary>
/// The one check of an address's shape, made where it enters (each webhook) before anything is recorded under it:
/// a WeChat openid is 1–64 characters of [A-Za-z0-9_-] (an Official Account's are 28; the bound leaves room for
/// other WeChat id formats), an SMS address is E.164. A malformed or oversized one is refused there, so it never
/// becomes a row, a person or a log line.
/// </summary>
public static class ChannelAddress
{
    public const int MaxOpenIdLength = 64;

    private static readonly SearchValues<char> OpenIdCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");

    public static bool IsValid(ChannelKind channel, string? address) => channel switch
    {
        ChannelKind.WeChat => IsOpenId(address),
        ChannelKind.Sms => E164.IsValid(address),
        // The simulator speaks with the WeChat or SMS address of a stored person; it has none of its own.
        _ => false,
    };

    private static bool IsOpenId(string? value) =>
        value is { Length: >= 1 and <= MaxOpenIdLength } && !value.AsSpan().ContainsAnyExcept(OpenIdCharacters);
}
