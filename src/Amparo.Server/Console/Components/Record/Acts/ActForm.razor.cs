using Amparo.Domain.People;
using Amparo.Domain.Stock;
using Amparo.Server.Cases;
using Amparo.Server.FieldDevices.Stock;
using Microsoft.AspNetCore.Components;

namespace Amparo.Server.Console.Components.Record.Acts;

/// <summary>
/// The form of one act: its paper, and the devices it puts on (from the user's stock, of the kinds the party wears) or
/// takes off (those the party wears now, each with its condition and the damage charged).
/// </summary>
public sealed partial class ActForm
{
    [Parameter, EditorRequired] public ActFormDraft Draft { get; set; } = null!;

    /// <summary>The institutions of the user's jurisdictions.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<CustodianView> Custodians { get; set; } = [];

    /// <summary>The user's devices that may be put on this case: in store, or reserved for it.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<StockDeviceView> Stock { get; set; } = [];

    /// <summary>The case's parties and the devices each wears now.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<PartyView> Parties { get; set; } = [];

    [Parameter] public IReadOnlyList<string> Problems { get; set; } = [];

    [Parameter] public EventCallback<ActFormDraft> OnSubmit { get; set; }

    [Parameter] public EventCallback OnCancel { get; set; }

    private string Title => Draft.Kind switch
    {
        FieldActKind.Installation => "acts.new_installation",
        FieldActKind.Removal => "acts.new_removal",
        _ => "acts.new_swap",
    };

    private List<StockDeviceView> Installable => Stock.Where(d => PartyDevices.Fits(Draft.Party, d.Kind)).ToList();

    protected override void OnInitialized() => PartyChanged();

    private IEnumerable<DeviceHealth> Worn(PartyRole party) =>
        Parties.Where(p => p.Role == party.ToString()).SelectMany(p => p.Devices);

    /// <summary>Another party: the devices picked for the former one no longer apply.</summary>
    private void PartyChanged()
    {
        Draft.Installing.Clear();
        Draft.Replacement = null;
        Draft.Removed.Serial = null;
        Draft.Removing.Clear();
        Draft.Removing.AddRange(Worn(Draft.Party).Select(d => new RemovedDeviceDraft { Serial = d.UniqueId }));
    }

    private void Toggle(string serial, bool on)
    {
        if (on)
        {
            Draft.Installing.Add(serial);
        }
        else
        {
            Draft.Installing.Remove(serial);
        }
    }

    private Task SubmitAsync() => OnSubmit.InvokeAsync(Draft);
}
