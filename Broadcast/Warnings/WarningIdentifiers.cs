using System.Globalization;
using System.Security.Cryptography;
using Alerts.Store.Database;

namespace Alerts.Broadcast.Warnings;

/// <summary>
/// Our CAP identifiers, shaped after GB/T 35965.1's (issuer code, Beijing-time timestamp, sequence):
/// <c>500112_20260601080000_3fa85f64</c>. The random tail keeps two warnings in the same second apart.
/// </summary>
public static class WarningIdentifiers
{
    public static string New(string accountRegion, DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{accountRegion[..6]}_{BeijingTime.Of(now):yyyyMMddHHmmss}_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}");
}
