namespace Alerts.Channels.Twilio;

internal enum SmsEncoding
{
    Gsm7,
    Ucs2,
}
