namespace Alerts.Monitoring.Assessment;

/// <summary>A household's labour capacity as the register records it (households.labour: full, weak, none).</summary>
public enum LabourCapacity
{
    /// <summary>full: someone can do full work.</summary>
    Full,

    /// <summary>weak: only light or part-time work (弱劳动力).</summary>
    Weak,

    /// <summary>none: nobody can work (无劳动力).</summary>
    None,
}
