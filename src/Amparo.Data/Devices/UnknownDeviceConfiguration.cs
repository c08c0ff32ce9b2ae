using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Devices;

internal sealed class UnknownDeviceConfiguration : IEntityTypeConfiguration<UnknownDevice>
{
    public void Configure(EntityTypeBuilder<UnknownDevice> builder)
    {
        builder.HasKey(d => new { d.UniqueId, d.Protocol });
        builder.Property(d => d.UniqueId).HasMaxLength(64);
        builder.Property(d => d.LastAddress).HasMaxLength(64);
    }
}
