namespace Alerts.Store.Inbound;

/// <summary>What recording a signed (timestamp, nonce) pair found.</summary>
public enum PushSighting
{
    /// <summary>The pair was not seen before.</summary>
    First,
    /// <summary>Seen before with the same body: a provider retry.</summary>
    SameBody,
    /// <summary>Seen before with another body: the signature is being reused for something it never covered.</summary>
    OtherBody,
}
