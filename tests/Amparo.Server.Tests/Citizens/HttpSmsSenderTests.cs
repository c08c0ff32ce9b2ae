using System.Collections.Concurrent;
using System.Text.Json;
using Amparo.Server.Citizens;
using Amparo.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Tests.Citizens;

public class HttpSmsSenderTests
{
    [Fact]
    public async Task The_message_is_posted_as_json_with_the_api_key_to_a_real_gateway()
    {
        var received = new ConcurrentQueue<(string? Key, string Body)>();
        var port = TestPorts.Free().Http;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        await using var gateway = builder.Build();
        gateway.MapPost("/sms", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            received.Enqueue((request.Headers["X-Gateway-Key"].ToString(), await reader.ReadToEndAsync()));
            return request.Headers["X-Gateway-Key"] == "secreto" ? Results.Accepted() : Results.Unauthorized();
        });
        await gateway.StartAsync();
        using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var clients = services.GetRequiredService<IHttpClientFactory>();

        var sent = await Sender(clients, port, "secreto").SendAsync("+51987654321", "Amparo: su código es 123456.", default);
        var refused = await Sender(clients, port, "otra").SendAsync("+51987654321", "x", default);
        var unreachable = await Sender(clients, TestPorts.Free().Http, "secreto").SendAsync("+51987654321", "x", default);

        Assert.Equal(SmsResult.Sent, sent);
        Assert.Equal(SmsResult.Failed, refused);
        Assert.Equal(SmsResult.Failed, unreachable);
        Assert.True(received.TryDequeue(out var first));
        Assert.Equal("secreto", first.Key);
        using var body = JsonDocument.Parse(first.Body);
        Assert.Equal("+51987654321", body.RootElement.GetProperty("to").GetString());
        Assert.Equal("Amparo: su código es 123456.", body.RootElement.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("http://127.0.0.1:9/sms", "k", true)]
    [InlineData("http://127.0.0.1:9/sms", null, false)]
    [InlineData("ftp://sms.example", "k", false)]
    [InlineData("no es una url", "k", false)]
    public void The_gateway_options_are_checked(string? url, string? key, bool valid) =>
        Assert.Equal(valid, new SmsOptions { GatewayUrl = url, ApiKey = key }.IsValid(out _));

    private static HttpSmsSender Sender(IHttpClientFactory clients, int port, string key) =>
        new(clients, Options.Create(new SmsOptions { GatewayUrl = $"http://127.0.0.1:{port}/sms", ApiKey = key, ApiKeyHeader = "X-Gateway-Key" }),
            NullLogger<HttpSmsSender>.Instance);
}
