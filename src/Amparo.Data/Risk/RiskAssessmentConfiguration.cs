using Amparo.Data.Cases;
using Amparo.Data.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Risk;

internal sealed class RiskAssessmentConfiguration : IEntityTypeConfiguration<RiskAssessment>
{
    public void Configure(EntityTypeBuilder<RiskAssessment> builder)
    {
        builder.ToTable("RiskAssessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.InstrumentCode).HasMaxLength(40);
        builder.Property(a => a.InstrumentVersion).HasMaxLength(20);
        builder.Property(a => a.InstitutionName).HasMaxLength(200);
        builder.Property(a => a.AssessedBy).HasMaxLength(256);
        builder.Property(a => a.BandLevel).HasMaxLength(40);
        builder.Property(a => a.ComputedLevel).HasMaxLength(40);
        builder.Property(a => a.FinalLevel).HasMaxLength(40);
        builder.Property(a => a.FinalLabelEs).HasMaxLength(120);
        builder.Property(a => a.FinalLabelEn).HasMaxLength(120);
        builder.Property(a => a.OverrideLevel).HasMaxLength(40);
        builder.Property(a => a.OverrideBy).HasMaxLength(256);
        builder.Property(a => a.OverrideReason).HasMaxLength(2000);
        builder.HasOne<MonitoredCase>().WithMany().HasForeignKey(a => a.CaseId);
        builder.HasOne<Institution>().WithMany().HasForeignKey(a => a.InstitutionId);
        builder.HasIndex(a => new { a.CaseId, a.AssessedOn });
    }
}
