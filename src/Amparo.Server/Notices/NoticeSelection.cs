using Amparo.Domain.Notices;

namespace Amparo.Server.Notices;

/// <summary>The recipients a request asks for (all six when it names none) and the institutions it names, or why it is wrong.</summary>
internal sealed record NoticeSelection(IReadOnlyList<NoticeRecipient> Recipients, IReadOnlyDictionary<NoticeRecipient, Guid> Institutions)
{
    public static (NoticeSelection? Selection, IReadOnlyList<string> Problems) Read(IssueNoticesRequest request)
    {
        var problems = new List<string>();
        var recipients = new List<NoticeRecipient>();
        foreach (var text in request.Recipients ?? [])
        {
            if (NoticeRecipients.Parse(text) is { } recipient)
            {
                if (!recipients.Contains(recipient))
                {
                    recipients.Add(recipient);
                }
            }
            else
            {
                problems.Add($"Destinatario desconocido: «{text}». Use las letras A a F.");
            }
        }

        if (recipients.Count == 0)
        {
            recipients.AddRange(NoticeRecipients.All);
        }

        var institutions = new Dictionary<NoticeRecipient, Guid>();
        foreach (var (text, id) in request.Institutions ?? new Dictionary<string, Guid>())
        {
            if (NoticeRecipients.Parse(text) is { } recipient && recipients.Contains(recipient))
            {
                institutions[recipient] = id;
            }
            else
            {
                problems.Add($"La institución indicada para «{text}» no corresponde a ninguno de los destinatarios pedidos.");
            }
        }

        return problems.Count > 0
            ? (null, problems)
            : (new NoticeSelection(recipients.Order().ToList(), institutions), []);
    }
}
