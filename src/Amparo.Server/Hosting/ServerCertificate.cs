using System.Security.Cryptography.X509Certificates;

namespace Amparo.Server.Hosting;

/// <summary>The TLS certificate named in <c>Amparo:Http</c>, from a PKCS#12 file or a PEM pair; none when no path is given.</summary>
public static class ServerCertificate
{
    public static X509Certificate2? Load(HttpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Load(options.CertificatePath, options.CertificatePassword, options.CertificateKeyPath);
    }

    public static X509Certificate2? Load(string? path, string? password, string? keyPath = null)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        return string.IsNullOrWhiteSpace(keyPath)
            ? X509CertificateLoader.LoadPkcs12FromFile(path, password)
            : X509Certificate2.CreateFromPemFile(path, keyPath);
    }
}
