using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Amparo.Data.Database;
using Amparo.Domain.Devices;
using Amparo.Ingest.Gt06;
using Amparo.Ingest.OsmAnd;
using Amparo.Server.Tests.Support;

namespace Amparo.Server.Tests.Security;

/// <summary>With a certificate configured, the console and API, the phones' OsmAnd port and a tracker port that supports it speak TLS only.</summary>
public class TlsTests
{
    [Fact]
    public async Task With_a_certificate_the_console_the_osmand_port_and_a_gt06_port_speak_only_tls()
    {
        using var certificate = SelfSigned();
        var path = Path.Combine(Path.GetTempPath(), $"amparo-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pkcs12, "clave-de-prueba"));
        await using var server = await TestServer.StartAsync(DatabaseProvider.Sqlite,
            $"--Amparo:Http:CertificatePath={path}", "--Amparo:Http:CertificatePassword=clave-de-prueba", "--Amparo:Listeners:Tcp:Tls:0=gt06");
        var test = await TestCase.CreateAsync(server, aggressorProtocol: DeviceProtocol.Gt06);
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate.Thumbprint };
        using var console = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri($"https://127.0.0.1:{server.Api.BaseAddress!.Port}/") };
        using var phone = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri($"https://127.0.0.1:{server.Device.BaseAddress!.Port}/") };

        using var live = await console.GetAsync("health/live");
        var plain = await Record.ExceptionAsync(async () => (await server.Api.GetAsync("health/live")).EnsureSuccessStatusCode());
        using var fix = await phone.GetAsync(OsmAndQuery.For(test.VictimDevice, test.Home.Latitude, test.Home.Longitude, DateTime.UtcNow));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.True(live.Headers.Contains("Strict-Transport-Security"));
        Assert.NotNull(plain);
        Assert.Equal(HttpStatusCode.OK, fix.StatusCode);
        Assert.Equal(1, await test.PositionCountAsync(server, test.VictimDevice));

        using var tracker = new TcpClient();
        await tracker.ConnectAsync("127.0.0.1", server.Gt06Port);
        await using var tls = new SslStream(tracker.GetStream(), false, (_, presented, _, _) => presented?.GetCertHashString() == certificate.Thumbprint);
        await tls.AuthenticateAsClientAsync("127.0.0.1");
        await tls.WriteAsync(Gt06Encoder.Login(test.AggressorDevice, 1));
        var reply = new byte[10];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await tls.ReadExactlyAsync(reply, timeout.Token);
        Assert.Equal("787805010001D9DC0D0A", Convert.ToHexString(reply));
        File.Delete(path);
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=amparo-prueba", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }
}
