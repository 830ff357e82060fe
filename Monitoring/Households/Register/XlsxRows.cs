using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Alerts.Monitoring.Households.Register;

/// <summary>
/// The rows of an .xlsx workbook's first sheet as records of text, numbered as the sheet numbers them, read as a stream
/// (SAX) so a large register is never loaded whole. Cells left out of a row are blank; numbers are taken as written.
/// </summary>
internal static class XlsxRows
{
    /// <summary>True when the bytes are a ZIP package, as every .xlsx is (a CSV never starts with "PK\x03\x04").</summary>
    public static bool LooksLikeXlsx(byte[] bytes) =>
        bytes is [0x50, 0x4B, 0x03, 0x04, ..];

    public static IEnumerable<CsvRecord> Read(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The workbook has no workbook part.");
        var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()?.Id?.Value
            ?? throw new InvalidDataException("The workbook has no sheet.");
        var sheet = (WorksheetPart)workbook.GetPartById(first);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        using var reader = OpenXmlReader.Create(sheet);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
            var row = (Row)reader.LoadCurrentElement()!;
            var fields = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : fields.Count;
                while (fields.Count < column) fields.Add("");
                fields.Add(Text(cell, shared));
            }
            if (fields.All(f => f.Length == 0)) continue;
            yield return new CsvRecord((int)(row.RowIndex?.Value ?? 0), fields);
        }
    }

    private static string Text(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(cell.CellValue?.Text, out var i) && i >= 0 && i < shared.Length ? shared[i] : "";
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        if (cell.DataType?.Value == CellValues.Boolean) return cell.CellValue?.Text == "1" ? "是" : "否";
        return cell.CellValue?.Text ?? "";
    }

    /// <summary>"A1" → 0, "Z9" → 25, "AA3" → 26.</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter)) index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return index - 1;
    }
}
