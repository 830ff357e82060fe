using Alerts.Identity.Accounts;

namespace Alerts.Broadcast.Warnings;

/// <summary>
/// What an update or an all-clear (a warning with <c>references</c>) keeps of the warning it changes. It names the
/// same hazard and event, so that nobody lifts a 临灾预报 by calling it something else. An update covers at least the
/// original's areas (it may add some; <see cref="PublishingRules"/> keeps those inside the caller's jurisdiction) and
/// an all-clear exactly them, so that everyone who was warned hears of the change. Who may make the change is
/// <see cref="PublishingRules"/>' business.
/// </summary>
public static class ReferenceRules
{
    /// <summary>
    /// Why <paramref name="referenced"/> cannot be changed by <paramref name="caller"/>, or null. One the caller cannot
    /// see gets the same answer as one that does not exist.
    /// </summary>
    public static Refusal? Target(Account caller, Warning? referenced, long id)
    {
        var errors = new FieldErrors();
        if (referenced is null || !PublishingRules.CanSee(caller, referenced.Areas))
            errors.Add("references", $"预警 {id} 不存在", $"warning {id} does not exist");
        else if (referenced.Status != WarningStatuses.Published)
            errors.Add("references", $"只能更新或解除已发布的预警（预警 {id} 的状态为 {referenced.Status}）",
                $"only a published warning can be updated or lifted (warning {id} is {referenced.Status})");
        else if (referenced.Kind == WarningKinds.AllClear)
            errors.Add("references", $"预警 {id} 是解除通知，不能再更新或解除", $"warning {id} is an all-clear; it cannot be updated or lifted");
        return errors.Any ? errors.ToRefusal() : null;
    }

    /// <summary>Why <paramref name="draft"/> does not keep what it must of <paramref name="original"/>, or null.</summary>
    public static Refusal? Check(WarningDraft draft, Warning original)
    {
        var errors = new FieldErrors();
        if (draft.Hazard != original.Family)
            errors.Add("hazard", $"更新或解除须与原预警灾种相同（{original.Family.ChineseName()}）",
                $"an update or all-clear keeps the hazard of the warning it changes ({original.Hazard})");
        if (draft.Event != original.Event)
            errors.Add("event", $"更新或解除须与原预警事件相同（{original.Event}）",
                $"an update or all-clear keeps the event of the warning it changes ({original.Event})");
        var missing = original.Areas.Where(a => !draft.Areas.Any(d => a.StartsWith(d, StringComparison.Ordinal))).ToList();
        if (draft.Kind == WarningKinds.AllClear && !draft.Areas.Order(StringComparer.Ordinal).SequenceEqual(original.Areas.Order(StringComparer.Ordinal)))
            errors.Add("areas", "解除须覆盖且只覆盖原预警的区域（可省略 areas）",
                "an all-clear covers exactly the areas of the warning it lifts (areas may be left out)");
        else if (missing.Count > 0)
            errors.Add("areas", $"更新须覆盖原预警的全部区域，缺少 {string.Join("、", missing)}",
                $"an update covers every area of the warning it changes; missing {string.Join(", ", missing)}");
        return errors.Any ? errors.ToRefusal() : null;
    }
}
