using System.ComponentModel.DataAnnotations;

namespace Amparo.Server.Hosting;

/// <summary>Configuration section <c>Amparo:Http</c>: where the console and the API listen.</summary>
public sealed class HttpOptions
{
    public const string Section = "Amparo:Http";

    [Range(0, 65535)]
    public int Port { get; set; } = 8080;

    /// <summary>The address to bind; 0.0.0.0 for every interface.</summary>
    [Required]
    public string Address { get; set; } = "0.0.0.0";

    /// <summary>
    /// The server's TLS certificate: a PKCS#12 file (with <see cref="CertificatePassword"/>) or a PEM certificate (with
    /// <see cref="CertificateKeyPath"/>). Set, the console, the API and the OsmAnd port speak HTTPS only, and the device
    /// ports named in <c>Amparo:Listeners:Tcp:Tls</c> speak TLS.
    /// </summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public string? CertificateKeyPath { get; set; }
}
