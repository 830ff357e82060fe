namespace Alerts.Monitoring.Assessment;

/// <summary>两不愁三保障 plus safe drinking water (domain.md): any one failing puts a household in scope with a red warning.</summary>
public enum Guarantee
{
    /// <summary>不愁吃.</summary>
    Food,

    /// <summary>不愁穿.</summary>
    Clothing,

    /// <summary>义务教育有保障.</summary>
    Education,

    /// <summary>基本医疗有保障.</summary>
    Medical,

    /// <summary>住房安全有保障.</summary>
    Housing,

    /// <summary>饮水安全有保障.</summary>
    Water,
}
