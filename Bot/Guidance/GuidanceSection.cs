namespace Alerts.Bot.Guidance;

/// <summary>The three parts of a guidance answer, in the order they are sent: safety first, always.</summary>
internal enum GuidanceSection
{
    /// <summary>What to do now to be safe.</summary>
    Safety,

    /// <summary>Relief and help measures that apply to this household.</summary>
    Relief,

    /// <summary>What happens next: who visits, how to follow up.</summary>
    Next,
}
