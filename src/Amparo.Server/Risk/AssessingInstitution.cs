using Amparo.Data.Database;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Risk;

/// <summary>Which institution applied an instrument: one of Amparo's by id, one named freely, or the user's own.</summary>
internal static class AssessingInstitution
{
    public const int MaxNameLength = 200;

    /// <returns>The institution's name and id, or the Spanish reason none could be found.</returns>
    public static async Task<(string? Name, Guid? Id, string? Problem)> ResolveAsync(
        AmparoDbContext db, RiskAssessmentRequest request, string userName, CancellationToken cancellationToken)
    {
        if (request.InstitutionId is { } id)
        {
            var name = await db.Institutions.Where(i => i.Id == id).Select(i => i.Name).FirstOrDefaultAsync(cancellationToken);
            return name is null ? (null, null, "La institución indicada no existe.") : (name, id, null);
        }

        if (!string.IsNullOrWhiteSpace(request.InstitutionName))
        {
            var name = request.InstitutionName.Trim();
            return name.Length > MaxNameLength ? (null, null, $"El nombre de la institución admite hasta {MaxNameLength} caracteres.") : (name, null, null);
        }

        var own = await (from u in db.Users
                         join i in db.Institutions on u.InstitutionId equals i.Id
                         where u.UserName == userName
                         select new { i.Id, i.Name }).FirstOrDefaultAsync(cancellationToken);
        return own is null ? (null, null, "Indique la institución que valoró el riesgo.") : (own.Name, own.Id, null);
    }
}
