using Amparo.Domain.Statistics;

namespace Amparo.Server.Statistics;

/// <summary>The programme's report as rows (section, indicator, value): what the CSV and XLSX files hold.</summary>
internal static class ProgrammeReportRows
{
    public static List<StatisticsRow> For(ProgrammeReport report, StatisticsText text)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = new List<StatisticsRow>();
        void Add(string section, string indicator, string value, bool charted = false) =>
            rows.Add(new StatisticsRow(text[section], indicator, value, section, charted));
        var c = report.Cases;
        Add("stats.cases", text["stats.cases_active"], text.Number(c.ActiveAtEnd));
        Add("stats.cases", text["stats.cases_registered"], text.Number(c.Registered));
        Add("stats.cases", text["stats.cases_activated"], text.Number(c.Activated));
        Add("stats.cases", text["stats.cases_closed"], text.Number(c.Closed));
        foreach (var (closure, count) in c.ClosedBy)
        {
            Add("stats.cases", text["stats.closure." + closure], text.Number(count));
        }

        var d = report.Devices;
        Add("stats.devices", text["stats.devices_in_use"], text.Number(d.InUseAtEnd));
        Add("stats.devices", text["stats.devices_installed"], text.Number(d.Installed));
        Add("stats.devices", text["stats.devices_removed"], text.Number(d.Removed));
        foreach (var (model, count) in d.InUseByModel)
        {
            Add("stats.devices", $"{text["stats.devices_by_model"]}: {model}", text.Number(count), charted: true);
        }

        var a = report.Alarms;
        Add("stats.alarms", text["stats.alarms_total"], text.Number(a.Acceptance.Alarms));
        Add("stats.alarms", text["stats.accept_10"], text.Share(a.Acceptance.WithinTenSecondsShare));
        Add("stats.alarms", text["stats.accept_40"], text.Share(a.Acceptance.WithinFortySecondsShare));
        Add("stats.alarms", text["stats.to_claim"], text.Duration(a.Times.ToClaim));
        Add("stats.alarms", text["stats.to_ack"], text.Duration(a.Times.ToAcknowledge));
        Add("stats.alarms", text["stats.to_resolve"], text.Duration(a.Times.ToResolve));
        foreach (var (type, hours) in a.ByTypeAndHour.OrderByDescending(t => t.Value.Sum()))
        {
            Add("stats.alarms", $"{text["stats.alarms_by_type"]}: {text.AlarmType(type)}", text.Number(hours.Sum()), charted: true);
        }

        foreach (var (outcome, count) in report.AlarmsByOutcome)
        {
            Add("stats.alarms", $"{text["stats.alarms_by_outcome"]}: {text.Outcome(outcome)}", text.Number(count));
        }

        foreach (var share in a.FalseAlarmsByModel)
        {
            Add("stats.alarms", text["stats.false_by_model"], text.Format("stats.false_line", share.Key, share.Resolved, share.FalseAlarms, text.Share(share.FalseShare), share.DeviceFaults));
        }

        var p = report.Panic;
        Add("stats.panic", text["stats.panic_alarms"], text.Number(p.PanicAlarms));
        Add("stats.panic", text["stats.panic_app"], text.Number(p.FromApp));
        foreach (var (kind, count) in p.CitizenAlerts)
        {
            Add("stats.panic", text["citizens.kind." + kind], text.Number(count));
        }

        Add("stats.panic", text["stats.citizen_claim"], text.Duration(p.CitizenAlertToClaim));
        foreach (var r in report.CitizenReports)
        {
            Add("stats.reports", $"{text.Category(r.Category)} ({text["stats.queue." + r.Queue]})",
                text.Format("stats.report_line", "", r.Filed, r.Resolved, r.Rejected, text.Duration(r.MeanToResolve)).TrimStart(':', ' '));
        }

        foreach (var (kind, count) in report.Registrations)
        {
            Add("stats.registrations", text["stats.reg." + kind], text.Number(count));
        }

        return rows;
    }
}
