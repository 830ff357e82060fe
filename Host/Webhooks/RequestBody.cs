namespace Alerts.Host.Webhooks;

internal static class RequestBody
{
    /// <summary>
    /// Reads at most <paramref name="max"/> + 1 bytes, so a caller can tell "too large" without holding a huge body.
    /// Reading is not parsing: signatures are still checked before anything looks inside.
    /// </summary>
    public static async Task<byte[]> ReadCappedAsync(HttpRequest request, int max, CancellationToken ct)
    {
        if (request.ContentLength > max) return new byte[max + 1];
        var buffer = new byte[Math.Min(max + 1, (int)(request.ContentLength ?? 4096) + 1)];
        using var stream = new MemoryStream();
        int read;
        while ((read = await request.Body.ReadAsync(buffer, ct)) > 0)
        {
            stream.Write(buffer, 0, read);
            if (stream.Length > max) break;
        }
        return stream.ToArray();
    }
}
