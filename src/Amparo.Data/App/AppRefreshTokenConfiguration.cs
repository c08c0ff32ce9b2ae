using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.App;

internal sealed class AppRefreshTokenConfiguration : IEntityTypeConfiguration<AppRefreshToken>
{
    public void Configure(EntityTypeBuilder<AppRefreshToken> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasOne<AppInstallation>().WithMany().HasForeignKey(t => t.InstallationId);
        builder.HasIndex(t => t.InstallationId);
        // Two refreshes with the same token at once: the second finds it replaced.
        builder.Property(t => t.ReplacedAt).IsConcurrencyToken();
    }
}
