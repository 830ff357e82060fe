namespace Alerts.Channels.Sms;

/// <summary>What a one-word SMS means to the carrier-level subscription, before the bot sees it.</summary>
internal enum SmsKeyword
{
    None,
    OptOut,
    OptIn,
    Help,
}
