namespace Alerts.Monitoring.Households.Register;

/// <summary>
/// One record of a CSV file: its row number as a spreadsheet shows it (the header is row 1) and its fields, or why the
/// record could not be read.
/// </summary>
internal sealed record CsvRecord(int Row, IReadOnlyList<string> Fields, string? Malformed = null);
