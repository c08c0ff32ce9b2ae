using Amparo.Data.Acts;
using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Institutions;
using Amparo.Data.People;

namespace Amparo.Server.FieldDevices.Acts;

/// <summary>An act being written: its case, the party, the institution that does it, its paperwork, in one unit of work.</summary>
internal sealed record ActDraft(AmparoDbContext Db, MonitoredCase Case, Person Person, Institution Institution, FieldAct Act, ActPaperwork Paper, string User)
{
    public DateTime At => Act.At;

    /// <summary>Adds the act, its files and its people to the unit of work.</summary>
    public void Stage()
    {
        Db.StoredFiles.AddRange(Paper.Files);
        Act.Attendees.AddRange(Paper.Attendees);
        Act.Photos.AddRange(Paper.Photos);
        Db.FieldActs.Add(Act);
    }
}
