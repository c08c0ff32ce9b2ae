using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Positions;

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> builder)
    {
        builder.ToTable(PositionTable.Name);
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.DeviceId, p.FixTime, p.Latitude, p.Longitude })
            .IsUnique()
            .HasDatabaseName(PositionTable.DedupIndex);
    }
}
