using Polly;

namespace Alerts.Channels.Resilience;

/// <summary>
/// Runs each request through the client's shared pipeline. The same request object may be sent several times here
/// (only HttpClient.SendAsync forbids reuse), so its content must be replayable: FormUrlEncodedContent, StringContent
/// and JsonContent are; a one-shot StreamContent is not.
/// </summary>
internal sealed class ResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ResilienceKeys.Request, request);
        try
        {
            var outcome = await pipeline.ExecuteOutcomeAsync(
                static (ctx, state) => state.handler.AttemptAsync(state.request, ctx.CancellationToken),
                context,
                (handler: this, request)).ConfigureAwait(false);
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>
    /// One attempt. The context's token, not the caller's, is what lets the timeouts cancel it. Exceptions become
    /// outcomes because that is how Polly's outcome API sees failures; they are rethrown above.
    /// </summary>
    private async ValueTask<Outcome<HttpResponseMessage>> AttemptAsync(HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            return Outcome.FromResult(await base.SendAsync(request, ct).ConfigureAwait(false));
        }
        catch (Exception e)
        {
            return Outcome.FromException<HttpResponseMessage>(e);
        }
    }
}
