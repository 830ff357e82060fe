using System.Globalization;
using Alerts.Fakes.Twilio;
using Alerts.Fakes.WeChat;

namespace Alerts.Bench.Broadcast;

/// <summary>
/// What the fakes received, to check that each delivery row reached its person exactly once across all Hosts: one
/// accepted template per openid, one created SMS per number (each person has one row, and openids and phones are
/// unique), as many as the rows marked sent. Requests are counted too: more requests than messages means a send was
/// repeated (the WeChat fake then dedups it by client_msg_id, as WeChat does).
/// </summary>
internal sealed record SentOnce(int Templates, int TemplateOpenIds, int TemplateRequests, int Sms, int SmsNumbers, int SmsRequests)
{
    public static SentOnce Count(FakeWeChatServer weChat, FakeTwilioServer twilio)
    {
        var templates = weChat.Messages.Deliveries.Where(d => d.Path.EndsWith("/template/send", StringComparison.Ordinal)).ToList();
        var sms = twilio.Messages;
        return new SentOnce(templates.Count, templates.Select(d => d.OpenId).Distinct().Count(),
            weChat.RequestsTo("/cgi-bin/message/template/send").Count,
            sms.Count, sms.Select(m => m.To).Distinct().Count(),
            twilio.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/Messages.json", StringComparison.Ordinal)));
    }

    public bool Exact(long templateRows, long smsRows) =>
        Templates == templateRows && TemplateOpenIds == templateRows && Sms == smsRows && SmsNumbers == smsRows;

    public void Print(long templateRows, long smsRows) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  exactly once across Hosts: {(Exact(templateRows, smsRows) ? "yes" : "NO")} — WeChat {Templates:N0} accepted " +
            $"for {TemplateOpenIds:N0} openids ({TemplateRequests:N0} requests) vs {templateRows:N0} rows sent; " +
            $"SMS {Sms:N0} created for {SmsNumbers:N0} numbers ({SmsRequests:N0} requests) vs {smsRows:N0} rows sent"));
}
