using Amparo.Data.Acts;
using Amparo.Data.Alarms;
using Amparo.Data.App;
using Amparo.Data.Audit;
using Amparo.Data.Citizens;
using Amparo.Data.Cases;
using Amparo.Data.Devices;
using Amparo.Data.Dispatch;
using Amparo.Data.Documents;
using Amparo.Data.FollowUp;
using Amparo.Data.Identity;
using Amparo.Data.Integrity;
using Amparo.Data.Institutions;
using Amparo.Data.Notices;
using Amparo.Data.People;
using Amparo.Data.Police;
using Amparo.Data.Positions;
using Amparo.Data.Protocols;
using Amparo.Data.Registries;
using Amparo.Data.Reports;
using Amparo.Data.Risk;
using Amparo.Data.Shifts;
using Amparo.Data.Statistics;
using Amparo.Data.Stock;
using Amparo.Data.Zones;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Database;

/// <summary>The one model of Amparo; each database provider has a subclass that owns its migrations.</summary>
public abstract class AmparoDbContext(DbContextOptions options) : IdentityDbContext<AmparoUser>(options), IDataProtectionKeyContext
{
    /// <summary>The key ring that protects cookies and tokens, shared by every node and kept across restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Jurisdiction> Jurisdictions => Set<Jurisdiction>();

    public DbSet<Institution> Institutions => Set<Institution>();

    public DbSet<MonitoredCase> Cases => Set<MonitoredCase>();

    public DbSet<ProtectionMeasure> ProtectionMeasures => Set<ProtectionMeasure>();

    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();

    public DbSet<JudicialOrder> JudicialOrders => Set<JudicialOrder>();

    public DbSet<CessationInterview> CessationInterviews => Set<CessationInterview>();

    public DbSet<FollowUpRecord> FollowUps => Set<FollowUpRecord>();

    public DbSet<CaseAddress> CaseAddresses => Set<CaseAddress>();

    public DbSet<Dependant> Dependants => Set<Dependant>();

    public DbSet<Vehicle> Vehicles => Set<Vehicle>();

    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();

    public DbSet<StoredRiskInstrument> RiskInstruments => Set<StoredRiskInstrument>();

    public DbSet<RiskAssessment> RiskAssessments => Set<RiskAssessment>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Device> Devices => Set<Device>();

    public DbSet<DeviceAssignment> DeviceAssignments => Set<DeviceAssignment>();

    public DbSet<DeviceMovement> DeviceMovements => Set<DeviceMovement>();

    public DbSet<FieldAct> FieldActs => Set<FieldAct>();

    public DbSet<DamageCharge> DamageCharges => Set<DamageCharge>();

    public DbSet<UnknownDevice> UnknownDevices => Set<UnknownDevice>();

    public DbSet<DeviceEvent> DeviceEvents => Set<DeviceEvent>();

    public DbSet<Zone> Zones => Set<Zone>();

    public DbSet<Position> Positions => Set<Position>();

    public DbSet<Alarm> Alarms => Set<Alarm>();

    public DbSet<AlarmAction> AlarmActions => Set<AlarmAction>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();

    public DbSet<PeriodicReport> PeriodicReports => Set<PeriodicReport>();

    public DbSet<ProtocolDefinition> Protocols => Set<ProtocolDefinition>();

    public DbSet<TrustedContact> TrustedContacts => Set<TrustedContact>();

    public DbSet<DispatchRequest> DispatchRequests => Set<DispatchRequest>();

    public DbSet<DispatchStatusChange> DispatchStatusChanges => Set<DispatchStatusChange>();

    public DbSet<PoliceUnit> PoliceUnits => Set<PoliceUnit>();

    public DbSet<HandoverNote> HandoverNotes => Set<HandoverNote>();

    public DbSet<Notice> Notices => Set<Notice>();

    public DbSet<OccurrenceReport> OccurrenceReports => Set<OccurrenceReport>();

    public DbSet<CaseCircuit> CaseCircuits => Set<CaseCircuit>();

    public DbSet<AppInstallation> AppInstallations => Set<AppInstallation>();

    public DbSet<AppEnrolment> AppEnrolments => Set<AppEnrolment>();

    public DbSet<AppRefreshToken> AppRefreshTokens => Set<AppRefreshToken>();

    public DbSet<AppAlert> AppAlerts => Set<AppAlert>();

    public DbSet<CitizenAccount> CitizenAccounts => Set<CitizenAccount>();

    public DbSet<PhoneVerification> PhoneVerifications => Set<PhoneVerification>();

    public DbSet<SmsOutboxMessage> SmsOutbox => Set<SmsOutboxMessage>();

    public DbSet<CitizenAlert> CitizenAlerts => Set<CitizenAlert>();

    public DbSet<CitizenAlertPosition> CitizenAlertPositions => Set<CitizenAlertPosition>();

    public DbSet<CitizenReport> CitizenReports => Set<CitizenReport>();

    public DbSet<CitizenReportChange> CitizenReportChanges => Set<CitizenReportChange>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AmparoDbContext).Assembly);
    }
}
