namespace Alerts.Channels.Tests.Support;

/// <summary>
/// Fails any request to a host that is not loopback, so a misconfigured test can never reach the real Twilio
/// (courier's localOnlyTransport).
/// </summary>
internal sealed class TwilioLoopbackOnlyHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    public TwilioLoopbackOnlyHandler() : this(new SocketsHttpHandler { UseProxy = false })
    {
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("Request without a URI.");
        if (!uri.IsLoopback)
        {
            throw new InvalidOperationException($"Test tried to reach non-loopback host {uri.Host}.");
        }

        return base.SendAsync(request, ct);
    }
}
