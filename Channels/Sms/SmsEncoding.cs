namespace Alerts.Channels.Sms;

internal enum SmsEncoding
{
    Gsm7,
    Ucs2,
}
