using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Dispatch;

internal sealed class DispatchStatusChangeConfiguration : IEntityTypeConfiguration<DispatchStatusChange>
{
    public void Configure(EntityTypeBuilder<DispatchStatusChange> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Source).HasMaxLength(20);
        builder.Property(c => c.By).HasMaxLength(256);
        builder.Property(c => c.Note).HasMaxLength(2000);
    }
}
