using System.Security.Cryptography;
using System.Text;

namespace Alerts.Channels.Twilio;

/// <summary>
/// X-Twilio-Signature, exactly as twilio.md §4: HMAC-SHA1 (key = primary Auth Token) over the URL Twilio requested
/// followed by the form parameters sorted ordinally by key, each key then its decoded value. Base64, compared in
/// constant time. https://www.twilio.com/docs/usage/webhooks/webhooks-security
/// </summary>
internal static class TwilioSignature
{
    /// <summary>Signature for a form POST (or a GET with an empty form).</summary>
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        var data = new StringBuilder(url);

        // Repeated keys follow twilio-node: values de-duplicated and sorted, key+value appended for each.
        // twilio-csharp collapses them in a dictionary, which loses values; node matches what Twilio signs.
        var groups = form
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var value in group.Select(p => p.Value ?? "").Distinct(StringComparer.Ordinal)
                         .OrderBy(v => v, StringComparer.Ordinal))
            {
                data.Append(group.Key).Append(value);
            }
        }

        var mac = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString()));
        return Convert.ToBase64String(mac);
    }

    /// <summary>
    /// True when the header matches the URL as given or its port variant (explicit port removed, or :443/:80 added),
    /// because Twilio may sign either form depending on how the webhook was configured.
    /// </summary>
    public static bool IsValid(string authToken, string url, IReadOnlyList<KeyValuePair<string, string>> form,
        string? signatureHeader)
    {
        if (string.IsNullOrEmpty(signatureHeader) || string.IsNullOrEmpty(authToken))
        {
            return false;
        }

        var matched = false;
        foreach (var candidate in UrlVariants(url))
        {
            // No early exit: every variant is checked so timing does not reveal which one matched.
            matched |= FixedTimeEquals(Compute(authToken, candidate, form), signatureHeader);
        }

        return matched;
    }

    /// <summary>
    /// The JSON-body variant: Twilio puts bodySHA256 (lowercase hex SHA-256 of the raw body) in the query and signs
    /// the URL alone. Both the signature and the body hash must match.
    /// </summary>
    public static bool IsValidJson(string authToken, string url, string rawBody, string? signatureHeader)
    {
        var expectedHash = QueryValue(url, "bodySHA256");
        if (expectedHash is null)
        {
            return false;
        }

        var actualHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rawBody)));
        var bodyMatches = FixedTimeEquals(actualHash, expectedHash);
        var signatureMatches = IsValid(authToken, url, [], signatureHeader);
        return bodyMatches & signatureMatches;
    }

    /// <summary>The URL as given, plus one alternative with the port removed or the default port inserted.</summary>
    internal static IEnumerable<string> UrlVariants(string url)
    {
        yield return url;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            yield break;
        }

        // Rebuilt by splicing the original text rather than through UriBuilder, which would lower-case the host,
        // drop credentials' case or re-encode the query: Twilio signs the URL exactly as configured.
        var authorityStart = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var pathStart = url.IndexOfAny(['/', '?', '#'], authorityStart);
        var authorityEnd = pathStart < 0 ? url.Length : pathStart;
        var authority = url[authorityStart..authorityEnd];
        var hostStart = authority.LastIndexOf('@') + 1;
        var portColon = authority.LastIndexOf(':');
        var hasPort = portColon >= hostStart && !authority.EndsWith(']') && portColon > authority.LastIndexOf(']');

        var newAuthority = hasPort
            ? authority[..portColon]
            : authority + ":" + (uri.Scheme == "https" ? "443" : "80");
        yield return string.Concat(url.AsSpan(0, authorityStart), newAuthority, url.AsSpan(authorityEnd));
    }

    private static bool FixedTimeEquals(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));

    private static string? QueryValue(string url, string key)
    {
        var query = url.IndexOf('?');
        if (query < 0)
        {
            return null;
        }

        var end = url.IndexOf('#', query);
        var text = end < 0 ? url[(query + 1)..] : url[(query + 1)..end];
        foreach (var pair in text.Split('&'))
        {
            var eq = pair.IndexOf('=');
            if (eq > 0 && pair.AsSpan(0, eq).SequenceEqual(key))
            {
                return Uri.UnescapeDataString(pair[(eq + 1)..]);
            }
        }

        return null;
    }
}
