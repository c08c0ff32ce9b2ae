using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Devices;

internal sealed class DeviceConfiguration : IEntityTypeConfiguration<Device>
{
    public void Configure(EntityTypeBuilder<Device> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.UniqueId).HasMaxLength(64);
        builder.HasIndex(d => d.UniqueId).IsUnique();
        builder.Property(d => d.Model).HasMaxLength(100);
    }
}
