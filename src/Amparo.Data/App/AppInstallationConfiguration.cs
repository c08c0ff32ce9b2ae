using Amparo.Data.Cases;
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
        builder.HasIndex(i => i.CaseId);
        builder.HasIndex(i => i.DeviceId).IsUnique();
    }
}
