using Amparo.Domain.Statistics;
using Amparo.Server.Integrity;
using Amparo.Server.Pdf;

namespace Amparo.Server.Statistics;

/// <summary>
/// The programme's periodic report as a PDF: figures by section, with charts where people would rather look than
/// read (alarms by type and by hour, devices by model, reports by category). Aggregates only: no person is named.
/// </summary>
internal static class ProgrammeReportPdf
{
    /// <summary>The report; with the integrity stamp of a report Amparo keeps (the schedule's), while a download made on demand has none.</summary>
    public static byte[] Render(ProgrammeReport report, string periodName, string scope, string issuedBy, DateTime issuedAtUtc, StatisticsText text,
        DocumentStamp? stamp = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        var title = $"{text["stats.title"]} — {periodName}";
        using var pdf = new PdfComposer(title, scope, issuedAtUtc);
        pdf.Paragraph(title.ToUpper(text.Culture), PdfStyle.Title, after: 6);
        pdf.Field(text["stats.period"] + ":", $"{periodName} ({report.From:yyyy-MM-dd HH:mm} – {report.To:yyyy-MM-dd HH:mm} UTC)");
        pdf.Field(text["stats.scope"] + ":", scope);
        pdf.Field(text["stats.issued"] + ":", $"{issuedBy}, {issuedAtUtc:yyyy-MM-dd HH:mm} UTC");
        pdf.Rule();
        foreach (var section in ProgrammeReportRows.For(report, text).GroupBy(r => r.SectionKey))
        {
            pdf.EnsureSpace(60);
            pdf.Paragraph(section.First().Section, PdfStyle.Heading, after: 4);
            foreach (var row in section.Where(r => !r.Charted))
            {
                pdf.Field(row.Indicator, row.Value, labelWidth: 260);
            }

            Charts(pdf, section.Key, report, text);
            pdf.Gap(6);
        }

        if (stamp is not null)
        {
            DocumentStampSection.Print(pdf, stamp, text.English
                ? "the facts of each section (cases, devices, alarms, panics, citizens' alerts and reports, registrations) these figures were computed from"
                : "los hechos de cada sección (casos, dispositivos, alarmas, pánicos, alertas y reportes ciudadanos, registros) de que salen estas cifras",
                text.English);
        }

        return pdf.Finish((page, pages) => text.Format("stats.page", title, page, pages));
    }

    private static void Charts(PdfComposer pdf, string section, ProgrammeReport report, StatisticsText text)
    {
        if (section == "stats.devices" && report.Devices.InUseByModel.Count > 0)
        {
            pdf.Paragraph(text["stats.devices_by_model"], PdfStyle.Strong, after: 4);
            pdf.BarChart(report.Devices.InUseByModel.OrderByDescending(m => m.Value).Select(m => (m.Key, (double)m.Value)).ToList(), text.Number);
        }

        if (section == "stats.alarms" && report.Alarms.ByTypeAndHour.Count > 0)
        {
            pdf.Paragraph(text["stats.alarms_by_type"], PdfStyle.Strong, after: 4);
            pdf.BarChart(report.Alarms.ByTypeAndHour.OrderByDescending(t => t.Value.Sum())
                .Select(t => (text.AlarmType(t.Key), (double)t.Value.Sum())).ToList(), text.Number);
            pdf.Paragraph(text["stats.alarms_by_hour"], PdfStyle.Strong, after: 4);
            pdf.Histogram(Enumerable.Range(0, 24).Select(h => report.Alarms.ByTypeAndHour.Values.Sum(hours => hours[h])).ToList());
        }

        if (section == "stats.reports" && report.CitizenReports.Count > 0)
        {
            pdf.Paragraph(text["stats.reports_filed"], PdfStyle.Strong, after: 4);
            pdf.BarChart(report.CitizenReports.Select(r => (text.Category(r.Category), (double)r.Filed)).ToList(), text.Number);
        }
    }
}
