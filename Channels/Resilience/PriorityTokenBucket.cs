using System.Threading.RateLimiting;

namespace Alerts.Channels.Resilience;

/// <summary>
/// A token bucket with two waiting lanes. While nobody waits, a caller takes a token at once. Otherwise it queues in
/// its lane, and one pump awaits the bucket a token at a time and hands each token to the oldest waiting reply, or,
/// when no reply waits, to the oldest waiting broadcast. So a reply never waits behind queued broadcasts: at most
/// for the token the pump is already waiting for. The bucket can be replaced (<see cref="Replace"/>: this Host's
/// share of the rate changed) without failing anyone who waits: the pump moves to the new bucket.
/// </summary>
internal sealed class PriorityTokenBucket(TokenBucketRateLimiter bucket, int queueLimit) : IDisposable
{
    private readonly Lock _gate = new();
    private TokenBucketRateLimiter _bucket = bucket;
    private readonly Queue<Waiter> _replies = new();
    private readonly Queue<Waiter> _broadcasts = new();
    private bool _pumping;
    private bool _disposed;

    public ValueTask<RateLimitLease> AcquireAsync(SendPriority priority, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        Waiter waiter;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_replies.Count + _broadcasts.Count == 0)
            {
                var lease = _bucket.AttemptAcquire(1);
                if (lease.IsAcquired) return ValueTask.FromResult(lease);
                lease.Dispose();
            }

            if (_replies.Count + _broadcasts.Count >= queueLimit) return ValueTask.FromResult(NotAcquiredLease.Instance);
            waiter = new Waiter(ct);
            (priority == SendPriority.Reply ? _replies : _broadcasts).Enqueue(waiter);
            if (!_pumping)
            {
                _pumping = true;
                _ = Task.Run(PumpAsync, CancellationToken.None);
            }
        }

        return new ValueTask<RateLimitLease>(waiter.Task);
    }

    private async Task PumpAsync()
    {
        while (true)
        {
            lock (_gate)
            {
                DropCancelled();
                if (_disposed || _replies.Count + _broadcasts.Count == 0)
                {
                    _pumping = false;
                    return;
                }
            }

            TokenBucketRateLimiter current;
            lock (_gate) current = _bucket;
            RateLimitLease? lease;
            try
            {
                lease = await current.AcquireAsync(1, CancellationToken.None);
            }
            catch (ObjectDisposedException)
            {
                lease = null;
            }

            if (lease is not { IsAcquired: true })
            {
                // Only disposing fails the pump's acquire. A bucket replaced under it: the waiters stay for the new one.
                lease?.Dispose();
                bool replaced;
                lock (_gate) replaced = !_disposed && !ReferenceEquals(current, _bucket);
                if (replaced) continue;
                FailAll();
                return;
            }

            Hand(lease);
        }
    }

    /// <summary>Gives the token to the first live waiter, replies first; a token nobody wants any more is dropped.</summary>
    private void Hand(RateLimitLease lease)
    {
        lock (_gate)
        {
            while (_replies.TryDequeue(out var w) || _broadcasts.TryDequeue(out w))
            {
                if (w.TrySetResult(lease)) return;
            }
        }

        lease.Dispose();
    }

    private void DropCancelled()
    {
        while (_replies.TryPeek(out var r) && r.Task.IsCompleted) _replies.Dequeue();
        while (_broadcasts.TryPeek(out var b) && b.Task.IsCompleted) _broadcasts.Dequeue();
    }

    private void FailAll()
    {
        lock (_gate)
        {
            _pumping = false;
            while (_replies.TryDequeue(out var w) || _broadcasts.TryDequeue(out w)) w.TrySetResult(NotAcquiredLease.Instance);
        }
    }

    /// <summary>Sends from now on take their tokens from <paramref name="next"/>; the old bucket is disposed.</summary>
    public void Replace(TokenBucketRateLimiter next)
    {
        TokenBucketRateLimiter old;
        lock (_gate)
        {
            if (_disposed)
            {
                next.Dispose();
                return;
            }

            old = _bucket;
            _bucket = next;
        }

        old.Dispose();
    }

    public void Dispose()
    {
        TokenBucketRateLimiter last;
        lock (_gate)
        {
            _disposed = true;
            last = _bucket;
        }

        last.Dispose();
        FailAll();
    }

    private sealed class Waiter : TaskCompletionSource<RateLimitLease>
    {
        private readonly CancellationTokenRegistration _registration;

        public Waiter(CancellationToken ct) : base(TaskCreationOptions.RunContinuationsAsynchronously) =>
            _registration = ct.Register(static (state, token) => ((Waiter)state!).TrySetCanceled(token), this);

        public new bool TrySetResult(RateLimitLease lease)
        {
            _registration.Dispose();
            return base.TrySetResult(lease);
        }
    }

    private sealed class NotAcquiredLease : RateLimitLease
    {
        public static readonly RateLimitLease Instance = new NotAcquiredLease();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
