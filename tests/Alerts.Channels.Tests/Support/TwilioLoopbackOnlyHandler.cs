namespace Alerts.Channels.Tests.Support;

/// <summary>
/// Fails any request to a host that is not loopback, so a misconfigured test can never reach the real Twilio
/// (courier's localOnlyTransport). Usable directly or through IHttpClientBuilder.AddHttpMessageHandler.
/// </summary>
internal sealed class TwilioLoopbackOnlyHandler : DelegatingHandler
{
    public static HttpMessageHandler Wrapping(HttpMessageHandler inner) =>
        new TwilioLoopbackOnlyHandler { InnerHandler = inner };

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
