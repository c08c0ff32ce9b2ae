using Amparo.Data.Alarms;
using Amparo.Server.AlarmResponse;

namespace Amparo.Server.Alarms;

/// <summary>
/// An alarm with its written record of operator actions, the protocol to follow with each step's latest record,
/// and the people the operator may call (the victim's phones and contacts only for roles that may see her data).
/// </summary>
public sealed record AlarmDetail(AlarmView Alarm, IReadOnlyList<AlarmActionView> Actions, AlarmProtocolView Protocol, IReadOnlyList<CallableParty> Parties);
