using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Alarms;

internal sealed class AlarmActionConfiguration : IEntityTypeConfiguration<AlarmAction>
{
    public void Configure(EntityTypeBuilder<AlarmAction> builder)
    {
        builder.Property(a => a.Step).HasMaxLength(40);
        builder.Property(a => a.Result).HasMaxLength(40);
        builder.Property(a => a.Target).HasMaxLength(300);
    }
}
