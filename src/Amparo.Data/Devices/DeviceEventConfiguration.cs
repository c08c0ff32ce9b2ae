using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Devices;

internal sealed class DeviceEventConfiguration : IEntityTypeConfiguration<DeviceEvent>
{
    public void Configure(EntityTypeBuilder<DeviceEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.HasOne<Device>().WithMany().HasForeignKey(e => e.DeviceId);
        builder.HasIndex(e => new { e.DeviceId, e.At });
        // A device that retries the same frame is one event.
        builder.HasIndex(e => new { e.DeviceId, e.At, e.Kind }).IsUnique();
    }
}
