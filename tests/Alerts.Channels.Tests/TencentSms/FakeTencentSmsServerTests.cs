using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Alerts.Channels.Tests.Support;
using Alerts.Fakes.TencentSms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Channels.Tests.TencentSms;

/// <summary>
/// The fake itself, driven over HTTP by a test-only TC3 signer written here (independent of the fake's verifier and
/// of Channels' Tc3Signer), which is first checked against Tencent's own published vector.
/// </summary>
public sealed class FakeTencentSmsServerTests : IAsyncLifetime
{
    private const string Phone = "+8613800000001";
    private const string ContentType = "application/json; charset=utf-8";

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 29, 2, 0, 0, TimeSpan.Zero));
    private FakeTencentSmsServer tencent = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        tencent = await FakeTencentSmsServer.StartAsync(time: clock);
        http = new HttpClient(new LoopbackOnlyHandler(new SocketsHttpHandler { UseProxy = false }))
        {
            BaseAddress = tencent.BaseAddress,
        };
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await tencent.DisposeAsync();
    }

    [Fact]
    public void TheTestSignerReproducesTencentsPublishedVector()
    {
        // tencent-sms.md §3, vector A (CVM DescribeInstances example of the Signature v3 page).
        const string payload = """{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}""";
        var signature = Sign("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "cvm.tencentcloudapi.com", 1551113065,
            Encoding.UTF8.GetBytes(payload), "cvm");
        Assert.Equal("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168", signature);
    }

    [Fact]
    public async Task ACorrectlySignedSendIsAcceptedCountedAndRendered()
    {
        var response = await SendSmsAsync(Phone, "2000001", ["气象台", "暴雨红色", "请转移"], session: "delivery-42");

        var status = response["SendStatusSet"]![0]!;
        Assert.Equal("Ok", (string?)status["Code"]);
        Assert.Equal(Phone, (string?)status["PhoneNumber"]);
        Assert.Equal("delivery-42", (string?)status["SessionContext"]);
        Assert.Equal(1, (int)status["Fee"]!);
        Assert.Equal(1, tencent.MessageCount(Phone));
        var message = Assert.Single(tencent.FindBySessionContext("delivery-42"));
        Assert.Equal((string?)status["SerialNo"], message.SerialNo);
        Assert.Equal("【山区预警】气象台发布暴雨红色预警：请转移", message.Text);
        Assert.Equal("SendSms", Assert.Single(tencent.Requests).Action);
    }

    [Fact]
    public async Task ABadSignatureIsRefusedAndNothingIsSent()
    {
        var response = await SendSmsAsync(Phone, "2000002", ["停水"], secretKey: "not-the-key");

        Assert.Equal("AuthFailure.SignatureFailure", (string?)response["Error"]!["Code"]);
        Assert.Equal(0, tencent.MessageCount(Phone));
    }

    [Fact]
    public async Task ATimestampSixMinutesOldIsRefusedAsExpired()
    {
        var stale = clock.GetUtcNow().AddMinutes(-6).ToUnixTimeSeconds();
        var response = await SendSmsAsync(Phone, "2000002", ["停水"], timestamp: stale);

        Assert.Equal("AuthFailure.SignatureExpire", (string?)response["Error"]!["Code"]);
    }

    [Theory]
    [InlineData("2000002", new[] { "一二三四五六七" }, "InvalidParameterValue.TemplateParameterLengthLimit")]
    [InlineData("2000003", new[] { "12a4" }, "InvalidParameterValue.TemplateParameterFormatError")]
    [InlineData("2000001", new[] { "气象台" }, "FailedOperation.TemplateParamSetNotMatchApprovedTemplate")]
    [InlineData("9999999", new[] { "停水" }, "FailedOperation.TemplateIncorrectOrUnapproved")]
    public async Task ParametersThatDoNotFitTheTemplateAreRefused(string templateId, string[] parameters, string code)
    {
        var response = await SendSmsAsync(Phone, templateId, parameters);

        Assert.Equal(code, (string?)response["Error"]!["Code"]);
        Assert.Empty(tencent.Messages);
    }

    [Fact]
    public async Task TheFrequencyLimitRefusesTheNumberUntilItsWindowHasPassed()
    {
        tencent.LimitPerNumber(1, TimeSpan.FromSeconds(30));
        tencent.MarkBlacklisted("13800000009");

        var first = await SendSmsAsync(Phone, "2000002", ["停水"]);
        var second = await SendSmsAsync(Phone, "2000002", ["停电"]);
        var blocked = await SendSmsAsync("+8613800000009", "2000002", ["停水"]);
        clock.Advance(TimeSpan.FromSeconds(31));
        var third = await SendSmsAsync(Phone, "2000002", ["停气"]);

        Assert.Equal("Ok", (string?)first["SendStatusSet"]![0]!["Code"]);
        Assert.Equal("LimitExceeded.PhoneNumberThirtySecondLimit", (string?)second["SendStatusSet"]![0]!["Code"]);
        Assert.Equal("FailedOperation.PhoneNumberInBlacklist", (string?)blocked["SendStatusSet"]![0]!["Code"]);
        Assert.Equal("Ok", (string?)third["SendStatusSet"]![0]!["Code"]);
        Assert.Equal(2, tencent.MessageCount(Phone));
    }

    [Fact]
    public async Task AReceiptIsPostedToTheCallbackAndThenVisibleToThePullApi()
    {
        var bodies = new ConcurrentQueue<string>();
        var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var receiver = await StartReceiverAsync(async context =>
        {
            bodies.Enqueue(await new StreamReader(context.Request.Body).ReadToEndAsync());
            await context.Response.WriteAsJsonAsync(new { result = 0, errmsg = "OK" });
            received.TrySetResult();
        });
        tencent.PostReceipts(new Uri(ReceiverUrl(receiver), "sms/tencent/status"));

        var sent = await SendSmsAsync(Phone, "2000002", ["停水"]);
        await received.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var item = Assert.Single(JsonNode.Parse(Assert.Single(bodies))!.AsArray())!;
        Assert.Equal((string?)sent["SendStatusSet"]![0]!["SerialNo"], (string?)item["sid"]);
        Assert.Equal("13800000001", (string?)item["mobile"]);
        Assert.Equal("86", (string?)item["nationcode"]);
        Assert.Equal("SUCCESS", (string?)item["report_status"]);
        Assert.Equal("DELIVRD", (string?)item["errmsg"]);
        var pulled = await CallAsync("PullSmsSendStatusByPhoneNumber", new JsonObject
        {
            ["BeginTime"] = clock.GetUtcNow().AddMinutes(-1).ToUnixTimeSeconds(), ["Offset"] = 0, ["Limit"] = 10,
            ["PhoneNumber"] = Phone, ["SmsSdkAppId"] = FakeTencentAccount.DefaultSmsSdkAppId,
        });
        var report = Assert.Single(pulled["PullSmsSendStatusSet"]!.AsArray())!;
        Assert.Equal((string?)item["sid"], (string?)report["SerialNo"]);
        Assert.Equal("SUCCESS", (string?)report["ReportStatus"]);
    }

    [Theory]
    [InlineData(FakeTencentFaultKind.ServerError, HttpStatusCode.BadGateway, 0)]
    [InlineData(FakeTencentFaultKind.ServerErrorAfterAccepting, HttpStatusCode.InternalServerError, 1)]
    [InlineData(FakeTencentFaultKind.InternalError, HttpStatusCode.OK, 1)]
    [InlineData(FakeTencentFaultKind.RequestLimitExceeded, HttpStatusCode.OK, 0)]
    public async Task AnInjectedFaultAnswersAsScriptedAndCreatesOnlyWhenItAccepts(FakeTencentFaultKind kind,
        HttpStatusCode status, int created)
    {
        tencent.Inject(new FakeTencentFault(kind));

        using var response = await PostAsync("SendSms", SendSmsBody(Phone, "2000002", ["停水"], ""));
        var again = await SendSmsAsync(Phone, "2000002", ["停电"]);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("Ok", (string?)again["SendStatusSet"]![0]!["Code"]);
        Assert.Equal(created + 1, tencent.MessageCount(Phone));
    }

    [Fact]
    public async Task ADroppedConnectionAfterAcceptingStillCreatesTheMessage()
    {
        tencent.Inject(FakeTencentFault.DropConnectionAfterAccepting);

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            PostAsync("SendSms", SendSmsBody(Phone, "2000002", ["停水"], "")));

        Assert.Equal(1, tencent.MessageCount(Phone));
    }

    private Task<JsonNode> SendSmsAsync(string phone, string templateId, string[] parameters, string session = "",
        string? secretKey = null, long? timestamp = null) =>
        CallAsync("SendSms", SendSmsBody(phone, templateId, parameters, session), secretKey, timestamp);

    private static JsonObject SendSmsBody(string phone, string templateId, string[] parameters, string session) => new()
    {
        ["PhoneNumberSet"] = new JsonArray(phone), ["SmsSdkAppId"] = FakeTencentAccount.DefaultSmsSdkAppId,
        ["SignName"] = FakeTencentAccount.DefaultSignName, ["TemplateId"] = templateId,
        ["TemplateParamSet"] = new JsonArray([.. parameters.Select(p => (JsonNode)p)]),
        ["SessionContext"] = session, ["ExtendCode"] = "", ["SenderId"] = "",
    };

    private async Task<JsonNode> CallAsync(string action, JsonObject body, string? secretKey = null, long? timestamp = null)
    {
        using var response = await PostAsync(action, body, secretKey, timestamp);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["Response"]!;
    }

    private async Task<HttpResponseMessage> PostAsync(string action, JsonObject body, string? secretKey = null,
        long? timestamp = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        var ts = timestamp ?? clock.GetUtcNow().ToUnixTimeSeconds();
        var date = DateTimeOffset.FromUnixTimeSeconds(ts).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var signature = Sign(secretKey ?? FakeTencentAccount.DefaultSecretKey, tencent.BaseAddress.Authority, ts, bytes);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        request.Headers.Add("X-TC-Action", action);
        request.Headers.Add("X-TC-Version", "2021-01-11");
        request.Headers.Add("X-TC-Region", "ap-guangzhou");
        request.Headers.Add("X-TC-Timestamp", ts.ToString(CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("Authorization", "TC3-HMAC-SHA256 Credential=" +
            $"{FakeTencentAccount.DefaultSecretId}/{date}/sms/tc3_request, SignedHeaders=content-type;host, Signature={signature}");
        return await http.SendAsync(request);
    }

    /// <summary>Test-only TC3-HMAC-SHA256 over content-type and host (tencent-sms.md §3).</summary>
    private static string Sign(string secretKey, string host, long timestamp, byte[] payload, string service = "sms")
    {
        var date = DateTimeOffset.FromUnixTimeSeconds(timestamp).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var canonical = $"POST\n/\n\ncontent-type:{ContentType}\nhost:{host}\n\ncontent-type;host\n" +
            Convert.ToHexStringLower(SHA256.HashData(payload));
        var toSign = $"TC3-HMAC-SHA256\n{timestamp}\n{date}/{service}/tc3_request\n" +
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        byte[] Mac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));
        var signing = Mac(Mac(Mac(Encoding.UTF8.GetBytes("TC3" + secretKey), date), service), "tc3_request");
        return Convert.ToHexStringLower(Mac(signing, toSign));
    }

    private static async Task<WebApplication> StartReceiverAsync(RequestDelegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/sms/tencent/status", handler);
        await app.StartAsync();
        return app;
    }

    private static Uri ReceiverUrl(WebApplication app) => new(app.Services.GetRequiredService<IServer>().Features
        .Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
}
