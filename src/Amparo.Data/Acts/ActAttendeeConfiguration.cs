using Amparo.Data.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Acts;

internal sealed class ActAttendeeConfiguration : IEntityTypeConfiguration<ActAttendee>
{
    public void Configure(EntityTypeBuilder<ActAttendee> builder)
    {
        builder.ToTable("ActAttendees");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.FullName).HasMaxLength(200);
        builder.Property(a => a.DocumentNumber).HasMaxLength(40);
        builder.Property(a => a.RefusalReason).HasMaxLength(1000);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(a => a.SignatureFileId);
        builder.HasIndex(a => a.SignatureFileId);
    }
}
