using Amparo.Data.Database;
using Amparo.Server.Hosting;
using Microsoft.AspNetCore.DataProtection;

namespace Amparo.Server.Security;

public static class KeyRingServiceCollectionExtensions
{
    /// <summary>
    /// The keys that sign cookies and tokens live in the database: every node of a cluster shares them and a restart
    /// keeps everyone signed in. With <c>Amparo:Security:KeyCertificatePath</c> (PKCS#12, with <c>KeyCertificatePassword</c>)
    /// they are encrypted at rest with that certificate, so a copy of the database alone cannot forge a session.
    /// </summary>
    public static IServiceCollection AddAmparoKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var keys = services.AddDataProtection().SetApplicationName("Amparo").PersistKeysToDbContext<AmparoDbContext>();
        var certificate = ServerCertificate.Load(configuration["Amparo:Security:KeyCertificatePath"], configuration["Amparo:Security:KeyCertificatePassword"]);
        if (certificate is not null)
        {
            keys.ProtectKeysWithCertificate(certificate);
        }

        return services;
    }
}
