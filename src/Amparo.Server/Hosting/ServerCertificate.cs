using System.Security.Cryptography.X509Certificates;

namespace Amparo.Server.Hosting;

/// <summary>The TLS certificate named in <c>Amparo:Http</c>, from a PKCS#12 file or a PEM pair; none when no path is given.</summary>
public static class ServerCertificate
{
    public static X509Certificate2? Load(HttpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return null;
        }

        return string.IsNullOrWhiteSpace(options.CertificateKeyPath)
            ? X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword)
            : X509Certificate2.CreateFromPemFile(options.CertificatePath, options.CertificateKeyPath);
    }
}
