using Alerts.Monitoring.Households.Register;
using Alerts.Store.Audit;
using Dapper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Alerts.Monitoring.Tests.Households;

public sealed class XlsxRegisterTests
{
    /// <summary>A one-sheet workbook: text as inline strings, whole numbers as numbers, blank cells left out.</summary>
    private static byte[] Workbook(params string[][] rows)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var text = rows[r][c];
                    if (text.Length == 0) continue;
                    var reference = $"{(c < 26 ? "" : ((char)('A' + c / 26 - 1)).ToString())}{(char)('A' + c % 26)}{r + 1}";
                    row.Append(int.TryParse(text, out _) && text[0] != '0'
                        ? new Cell { CellReference = reference, CellValue = new CellValue(text), DataType = CellValues.Number }
                        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) });
                }
                data.Append(row);
            }
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "登记册" }));
        }
        return stream.ToArray();
    }

    private static RegisterImporter Importer(TempDatabase db) =>
        new(db.Db, new AuditStore(db.Db, TimeProvider.System), RegisterFileTests.Phones, TimeProvider.System);

    [Fact]
    public async Task AnXlsxRegisterImportsLikeItsCsvAndErrorsNameTheSheetsRows()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(households: 20);
        var header = RegisterFileTests.Header.Split(',');
        string[] Cells(string csvRow) => csvRow.Split(',');
        var good = Workbook(header, Cells(RegisterFileTests.Row("X-1", "赵大", "户主", ",5000,2025,,是,,,,,,,,,,,")),
            Cells(RegisterFileTests.Row("X-1", "赵二", "子女", member: "1995,是,否,否,全")));
        var bad = Workbook(header, Cells(RegisterFileTests.Row("X-2", "钱大", "户主", member: "1850,是,是,否,全")));

        var imported = await Importer(db).ImportAsync(good, "account:1", "500112", CancellationToken.None);
        var refused = await Importer(db).ImportAsync(bad, "account:1", "500112", CancellationToken.None);

        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        Assert.Equal((1, 2, 1), (imported.Households, imported.Members, imported.Created));
        using var c = db.Open();
        Assert.Equal((5000, true), c.QuerySingle<(int, bool)>("SELECT income_per_person_yuan, is_lifted_out FROM households WHERE register_no = 'X-1'"));
        Assert.Equal((2, "出生年份"), (refused.Errors[0].Row, refused.Errors[0].Column));
    }

    [Fact]
    public async Task AFileThatLooksLikeAWorkbookButIsNotOneIsAnErrorOfTheFile()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(households: 20);
        byte[] junk = [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8];

        var result = await Importer(db).ImportAsync(junk, "account:1", "500112", CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains(".xlsx", result.Errors[0].Message);
    }
}
