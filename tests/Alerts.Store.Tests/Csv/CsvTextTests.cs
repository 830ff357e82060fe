using System.Text;
using Alerts.Store.Csv;

namespace Alerts.Store.Tests.Csv;

/// <summary>What CsvText writes, CsvRows reads back: quotes, commas and line breaks inside fields, each row's line.</summary>
public sealed class CsvTextTests
{
    [Fact]
    public void WhatIsWrittenIsReadBackWithItsLineNumbers()
    {
        var bytes = CsvText.Write(["户主", "说明"], [["张三", "收入不详, 按\"保障\"判断"], ["李四", "两行\r\n说明"], ["王五", "=1+1"]]);

        var rows = CsvRows.Read(Encoding.UTF8.GetString(bytes))!;

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(["户主", "说明"], rows[0].Fields);
        Assert.Equal(["张三", "收入不详, 按\"保障\"判断"], rows[1].Fields);
        // Inside quotes a line break is the field's own, kept as written.
        Assert.Equal(["李四", "两行\r\n说明"], rows[2].Fields);
        Assert.Equal(["王五", "'=1+1"], rows[3].Fields);
        Assert.Equal([1, 2, 3, 5], rows.Select(r => r.Line));
    }

    [Theory]
    [InlineData("a,\"b\n")]
    [InlineData("\"")]
    public void AQuoteNeverClosedIsNotCsv(string text) => Assert.Null(CsvRows.Read(text));

    [Fact]
    public void BlankLinesAreSkipped() => Assert.Equal(2, CsvRows.Read("a,b\n\n  \n1,2\n")!.Count);
}
