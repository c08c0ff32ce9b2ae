using Amparo.Data.Cases;
using Amparo.Data.Citizens;
using Amparo.Data.Devices;
using Amparo.Data.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.App;

internal sealed class AppInstallationConfiguration : IEntityTypeConfiguration<AppInstallation>
{
    public void Configure(EntityTypeBuilder<AppInstallation> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.DeviceName).HasMaxLength(100);
        builder.Property(i => i.RevokedBy).HasMaxLength(256);
        builder.Property(i => i.RevokeReason).HasMaxLength(200);
        builder.HasOne<MonitoredCase>().WithMany().HasForeignKey(i => i.CaseId);
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId);
        builder.HasOne<Device>().WithMany().HasForeignKey(i => i.DeviceId);
        builder.HasOne<CitizenAccount>().WithMany().HasForeignKey(i => i.CitizenId);
        builder.HasIndex(i => i.CitizenId);
        // An installation is a victim's (case, person and device) or a citizen's, never both nor neither.
        builder.ToTable(t => t.HasCheckConstraint("CK_AppInstallations_Holder",
            "(\"CaseId\" IS NOT NULL AND \"PersonId\" IS NOT NULL AND \"DeviceId\" IS NOT NULL AND \"CitizenId\" IS NULL) OR " +
            "(\"CaseId\" IS NULL AND \"PersonId\" IS NULL AND \"DeviceId\" IS NULL AND \"CitizenId\" IS NOT NULL)"));
        builder.HasIndex(i => i.CaseId);
        builder.HasIndex(i => i.DeviceId).IsUnique();
    }
}
