using Alerts.Store.Database;
using Dapper;

namespace Alerts.Broadcast.Outbox;

internal sealed partial class DeliveryStore
{
    // Receipts only move a row on from 'sent': delivered, or failed/unreachable as the carrier or WeChat reports.
    // Whatever a row reached first stays, so a late "sent" or a repeated, out-of-order callback changes nothing,
    // and delivered is final.
    private const string ApplyReceipt = """
        UPDATE deliveries
        SET state = @State, delivered_utc = CASE WHEN @State = 'delivered' THEN @Now ELSE delivered_utc END,
            last_error = CASE WHEN @State = 'delivered' THEN last_error ELSE @Error END
        WHERE channel = @Channel AND provider_message_id = @ProviderMessageId AND state = 'sent'
        """;

    // A receipt that names the delivery by our key (Tencent's ext) settles a send whose answer never came: the row may
    // still be 'unknown' in doubt, and the receipt is the provider saying it went (and how).
    private const string ApplyReceiptByKey = """
        UPDATE deliveries
        SET state = @State, delivered_utc = CASE WHEN @State = 'delivered' THEN @Now ELSE delivered_utc END,
            last_error = CASE WHEN @State = 'delivered' THEN last_error ELSE @Error END,
            provider_message_id = COALESCE(provider_message_id, @ProviderMessageId), in_doubt = 0,
            sent_utc = COALESCE(sent_utc, @Now), next_attempt_utc = @Now
        WHERE warning_id = @WarningId AND person_id = @PersonId AND channel = @Channel AND state IN ('sent', 'unknown')
        """;

    /// <summary>
    /// Applies a receipt for the delivery <paramref name="key"/> names (<see cref="Dispatch.DeliveryKeys.Outbound"/>),
    /// moving it on from 'sent' or from 'unknown'; false for another key or a row already past that.
    /// </summary>
    public async Task<bool> ApplyReceiptByKeyAsync(UnitOfWork work, string key, string providerMessageId, string state,
        string? error, CancellationToken ct)
    {
        if (!IsReceipt(state) || !Dispatch.DeliveryKeys.TryParse(key, out var warningId, out var personId, out var channel)) return false;
        return await work.Connection.ExecuteAsync(new CommandDefinition(ApplyReceiptByKey, new
        {
            WarningId = warningId, PersonId = personId, Channel = channel, ProviderMessageId = providerMessageId,
            State = state, Error = error, Now = UtcText.Format(time.GetUtcNow()),
        }, work.Transaction, cancellationToken: ct)) == 1;
    }

    /// <summary>
    /// Applies a provider's receipt for a delivery found by (<paramref name="channel"/>, <paramref name="providerMessageId"/>):
    /// <paramref name="state"/> is delivered, failed or unreachable (anything else, e.g. "sent", changes nothing).
    /// Called from the Host's WeChat TEMPLATESENDJOBFINISH and Twilio status-callback paths. Returns false when no
    /// delivery matched or the row had already moved on (never backwards).
    /// </summary>
    public async Task<bool> ApplyReceiptAsync(string channel, string providerMessageId, string state, string? error,
        CancellationToken ct)
    {
        if (!IsReceipt(state)) return false;
        await using var work = await db.BeginAsync(ct);
        var applied = await ApplyReceiptAsync(work, channel, providerMessageId, state, error, ct);
        await work.CommitAsync(ct);
        return applied;
    }

    /// <summary>As the other overload, inside <paramref name="work"/> (the Host's turn of the push that carried it).</summary>
    public async Task<bool> ApplyReceiptAsync(UnitOfWork work, string channel, string providerMessageId, string state,
        string? error, CancellationToken ct)
    {
        if (!IsReceipt(state)) return false;
        return await work.Connection.ExecuteAsync(new CommandDefinition(ApplyReceipt, new
        {
            Channel = channel, ProviderMessageId = providerMessageId, State = state, Error = error,
            Now = UtcText.Format(time.GetUtcNow()),
        }, work.Transaction, cancellationToken: ct)) == 1;
    }

    private static bool IsReceipt(string state) =>
        state is DeliveryStates.Delivered or DeliveryStates.Failed or DeliveryStates.Unreachable;
}
