namespace Alerts.Store.Reports;

/// <summary>The crops question's answers. Data files name them in snake_case ("total_loss").</summary>
public enum CropLoss
{
    None,

    /// <summary>减产.</summary>
    Reduced,

    /// <summary>绝收.</summary>
    TotalLoss,
}
