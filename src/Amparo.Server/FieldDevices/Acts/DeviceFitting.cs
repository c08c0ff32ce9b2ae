using Amparo.Data.Acts;
using Amparo.Data.Devices;
using Amparo.Data.Stock;
using Amparo.Domain.Stock;

namespace Amparo.Server.FieldDevices.Acts;

/// <summary>
/// What an act does to one device: installing starts its assignment to the party and makes it Installed; removing
/// ends the assignment, sends it where its condition says, to the receiving institution's custody, and charges the
/// wearer for damage. Each is a movement of the device, tied to the act.
/// </summary>
internal static class DeviceFitting
{
    public static DeviceAssignment Install(ActDraft draft, Device device)
    {
        if (!StockTransitions.CanMove(device.StockStatus, StockStatus.Installed, StockChannel.Installation))
        {
            throw new InvalidOperationException($"Device {device.UniqueId} is {device.StockStatus} and cannot be installed.");
        }

        var assignment = new DeviceAssignment
        {
            Id = Guid.CreateVersion7(), DeviceId = device.Id, CaseId = draft.Case.Id, PersonId = draft.Person.Id,
            Role = draft.Person.Role, AssignedAt = draft.At,
        };
        draft.Db.DeviceAssignments.Add(assignment);
        draft.Act.Devices.Add(new FieldActDevice { Id = Guid.CreateVersion7(), DeviceId = device.Id, AssignmentId = assignment.Id, Installed = true });
        Move(draft, device, StockStatus.Installed, device.CustodianId, "Instalado por acta.");
        device.ReservedCaseId = null;
        return assignment;
    }

    public static void Remove(ActDraft draft, Device device, DeviceAssignment assignment, DeviceCondition condition, Guid receivingId, DamageRequest? damage)
    {
        // The open assignment says the device is worn, whatever status a device registered before the stock carries.
        var to = DeviceConditions.StatusAfterRemoval(condition);
        assignment.RemovedAt = draft.At;
        draft.Act.Devices.Add(new FieldActDevice
        {
            Id = Guid.CreateVersion7(), DeviceId = device.Id, AssignmentId = assignment.Id, Installed = false, Condition = condition,
        });
        var custodian = DeviceConditions.IsReceived(condition) ? receivingId : device.CustodianId;
        Move(draft, device, to, custodian, $"Retirado por acta, {FieldWords.Of(condition)}.");
        if (DeviceConditions.ChargesWearer(condition) && damage is not null)
        {
            draft.Db.DamageCharges.Add(new DamageCharge
            {
                Id = Guid.CreateVersion7(), ActId = draft.Act.Id, CaseId = draft.Case.Id, DeviceId = device.Id, PersonId = draft.Person.Id,
                Condition = condition, Description = damage.Description!.Trim(), EstimatedCost = damage.EstimatedCost,
                Currency = damage.Currency!.Trim().ToUpperInvariant(), Status = ChargeStatus.Charged, ChargedAt = draft.Act.RecordedAt,
            });
        }
    }

    private static void Move(ActDraft draft, Device device, StockStatus to, Guid? custodian, string note)
    {
        draft.Db.DeviceMovements.Add(new DeviceMovement
        {
            Id = Guid.CreateVersion7(), DeviceId = device.Id, At = draft.At, FromStatus = device.StockStatus, ToStatus = to,
            FromInstitutionId = device.CustodianId, ToInstitutionId = custodian, CaseId = draft.Case.Id, ActId = draft.Act.Id,
            By = draft.User, Note = note,
        });
        device.StockStatus = to;
        device.CustodianId = custodian;
    }
}
