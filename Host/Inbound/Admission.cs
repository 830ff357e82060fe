using Alerts.Store.Database;

namespace Alerts.Host.Inbound;

/// <summary>
/// A check a delivery must pass before its message id is claimed, run inside the turn's own transaction (the WeChat
/// replay guard's record of a plaintext push). Deliveries overlapping in this process with the same
/// <paramref name="Fingerprint"/> passed the same check already.
/// </summary>
internal sealed record Admission(string Fingerprint, Func<UnitOfWork, CancellationToken, Task<bool>> AdmitsAsync);
