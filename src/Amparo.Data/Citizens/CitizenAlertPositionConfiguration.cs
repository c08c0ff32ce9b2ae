using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Citizens;

internal sealed class CitizenAlertPositionConfiguration : IEntityTypeConfiguration<CitizenAlertPosition>
{
    public void Configure(EntityTypeBuilder<CitizenAlertPosition> builder)
    {
        builder.ToTable("CitizenAlertPositions");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.AlertId, p.At }).IsUnique();
        builder.HasOne<CitizenAlert>().WithMany().HasForeignKey(p => p.AlertId);
    }
}
