namespace Alerts.Channels.WeChat;

/// <summary>How a push was received; the Host maps it to an HTTP status.</summary>
internal enum WeChatOpenStatus
{
    /// <summary>Authentic and readable: answer within 5 s (200).</summary>
    Ok,
    /// <summary>Signature, msg_signature, timestamp, decryption or account check failed (403).</summary>
    Forbidden,
    /// <summary>Body over MaxBodyBytes (413).</summary>
    TooLarge,
    /// <summary>Not WeChat's XML: broken, with a DTD, or missing required fields (400).</summary>
    Malformed,
}
