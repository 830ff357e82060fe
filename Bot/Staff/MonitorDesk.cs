using Alerts.Bot.Dialogs;
using Alerts.Channels.Messages;
using Alerts.Incidents.HazardPoints;

namespace Alerts.Bot.Staff;

/// <summary>
/// A 群测群防 monitor reports a change at their hazard point from the chat, when nothing else is going on: the words
/// (<see cref="MonitorWords"/>) or a photo become an observation and join the village's geological incident through
/// <see cref="MonitorReports"/>, in this turn's transaction. A photo within <see cref="MonitorReports.PhotoWindow"/> of
/// their report attaches to it. A monitor of several points puts the point's number first; without one they are shown
/// the numbered list and asked to send again (nothing is recorded twice, no half-answered question is kept). The town
/// roster is told by the incident layer, not here.
/// </summary>
internal sealed class MonitorDesk(HazardPointStore points, MonitorReports reports)
{
    public async Task<bool> TryAsync(TurnContext turn, CancellationToken ct)
    {
        if (turn.Person is not { } person) return false;
        var photo = turn.Message.Kind == InboundKind.Image ? turn.Message.MediaId : null;
        var report = photo is null ? MonitorWords.ReportOf(turn.Text) : "";
        if (report is null || (photo is null && turn.Message.Kind == InboundKind.Image)) return false;
        var watched = await points.OfMonitorAsync(turn.Connection, turn.Transaction, person.Id, ct);
        if (watched.Count == 0) return false;
        if (photo is not null && await reports.AttachPhotoAsync(turn.Work, person.Id, photo, turn.Now, ct))
        {
            turn.Say("照片收到了，已附在您刚才的监测报告里。");
            return true;
        }
        var (number, words) = watched.Count > 1 ? MonitorWords.NumberOf(report) : (null, report);
        if (watched.Count > 1 && (number is not { } n || n > watched.Count))
        {
            AskWhich(turn, watched);
            return true;
        }
        var point = watched[(number ?? 1) - 1];
        var text = words.Length == 0 ? (photo is null ? "（监测员报告，未写内容）" : "（照片）") : words;
        var recorded = await reports.RecordAsync(turn.Work, point, person.Id, $"person:{person.Id}", text, photo, turn.Now, ct);
        turn.Say(Reply(recorded, text));
        return true;
    }

    private static void AskWhich(TurnContext turn, IReadOnlyList<HazardPoint> watched)
    {
        var lines = watched.Take(9).Select((p, i) => $"{i + 1}. {p.Name}");
        turn.Say($"您是{watched.Count}个隐患点的监测员，是哪一个？请在话前面加上编号再发一次：\n{string.Join("\n", lines)}\n如：巡查 1 裂缝变宽了");
    }

    private static string Reply(MonitorReport r, string text)
    {
        var told = r.Incident is null ? "已记录" : "已记录，已告诉镇上值班的干部";
        var reply = $"{r.Point.Name}的情况{told}。请注意安全，有新变化再发给我们，也可以发照片。";
        if (!MonitorWords.IsCritical(text)) return reply;
        var where = r.Point.ShelterName is { } shelter ? $"{shelter}安置点" : "安全的地方";
        return $"情况危急！请马上带坡下的人到{where}，不要回去拿东西。\n{reply}";
    }
}
