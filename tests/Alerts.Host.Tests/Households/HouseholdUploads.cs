using System.Net.Http.Headers;
using System.Text;

namespace Alerts.Host.Tests.Households;

/// <summary>A file posted as a browser posts the console's upload forms (multipart, the file under "file").</summary>
internal static class HouseholdUploads
{
    public const string Village = "500112101001";
    public const string Town = "500112101000";
    public const string OtherTown = "500112102000";

    public const string Header = "村代码,村名,户编号,姓名,与户主关系,出生年份,户籍在本户,共同生活,残疾,劳动能力,人均纯收入(元),收入年度,低保,不愁吃";
    public const string Register = Header + "\r\n" +
        "500112101001,,R-1,赵大,户主,1960,是,是,否,弱,5200,2025,是,是\r\n" +
        "500112101001,,R-1,赵二,子女,1990,是,否,否,全,,,,\r\n";

    public static MultipartFormDataContent Form(string text, string fileName, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return form;
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string text, params (string Name, string Value)[] fields) =>
        client.PostAsync(path, Form(text, "list.csv", fields));
}
