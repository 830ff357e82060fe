using System.Net;

namespace Alerts.Channels.Tests.Support;

/// <summary>
/// Fails any request that would leave the machine, so a mis-set base address cannot reach a real provider
/// (courier's localOnlyTransport).
/// </summary>
internal sealed class LoopbackOnlyHandler : DelegatingHandler
{
    /// <summary>For an IHttpClientBuilder pipeline, which sets the inner handler itself.</summary>
    public LoopbackOnlyHandler()
    {
    }

    public LoopbackOnlyHandler(HttpMessageHandler inner)
        : base(inner)
    {
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var uri = request.RequestUri;
        if (uri is null || !(uri.IsLoopback || IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip)))
        {
            Assert.Fail($"A test tried to reach a non-loopback host: {uri?.Host}");
        }

        return base.SendAsync(request, ct);
    }
}
