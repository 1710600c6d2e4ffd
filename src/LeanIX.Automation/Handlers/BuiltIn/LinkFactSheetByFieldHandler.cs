using System.Text.Json.Nodes;
using LeanIX.Client;
using LeanIX.Client.Events;

namespace LeanIX.Automation.Handlers.BuiltIn;

/// <summary>
/// When a field has a mapped value, links the fact sheet to the configured target; when the value changes, unlinks the
/// target of the old value (and links the new one). It compares the workspace's state with the wanted state, so running
/// it twice changes nothing the second time.
/// </summary>
public sealed class LinkFactSheetByFieldHandler : EventHandler
{
    /// <inheritdoc/>
    public override string Description => "Links a fact sheet to a target chosen by a field's value; unlinks it when the value changes.";

    /// <inheritdoc/>
    public override IReadOnlyList<string> Conditions =>
        [nameof(FactSheetCreatedEvent), nameof(FactSheetUpdatedEvent), nameof(FactSheetFieldUpdatedEvent)];

    /// <inheritdoc/>
    public override bool SupportsInitialSync => true;

    /// <inheritdoc/>
    public override JsonObject ConfigTemplate => new()
    {
        ["fs_types"] = new JsonArray("Application"),
        ["field"] = "businessCriticality",
        ["relation"] = "relApplicationToUserGroup",
        ["target_type"] = "UserGroup",
        ["mapping"] = new JsonObject()
    };

    /// <inheritdoc/>
    public override async Task HandleAsync(LeanIXEvent leanIXEvent, FactSheet? factSheet, HandlerContext context, CancellationToken cancellationToken)
    {
        if (factSheet is null || factSheet.Status == "ARCHIVED") return;
        var configuration = context.Configuration;
        var field = ConfigReader.String(configuration, "field");
        var relation = ConfigReader.String(configuration, "relation");
        var targetType = ConfigReader.String(configuration, "target_type");
        var mapping = ConfigReader.Map(configuration, "mapping");
        var value = factSheet[field].AsString();
        var wanted = value is not null && mapping.TryGetValue(value, out var w) ? w : null;
        var mappedTargets = mapping.Values.ToHashSet(StringComparer.Ordinal);

        var related = await factSheet.RelationsAsync(relation, cancellationToken).ConfigureAwait(false);
        foreach (var r in related.Where(r => mappedTargets.Contains(r.Name) && r.Name != wanted).ToList())
        {
            await factSheet.RemoveRelationAsync(r, cancellationToken).ConfigureAwait(false);
            context.Log.LogInformation("Unlinked {FactSheet} from {Target}: {Field} is now {Value}.", factSheet.DisplayName, r.DisplayName, field, value ?? "empty");
            context.RecordAction(new AutomationAction("DELETE", $"Unlinked from {r.DisplayName} ({field} = {value ?? "empty"})", factSheet.Id.ToString(), factSheet.DisplayName, factSheet.Type));
        }
        if (wanted is null)
        {
            context.Log.LogInformation("{FactSheet}: {Field} = {Value} has no mapped target.", factSheet.DisplayName, field, value ?? "empty");
            return;
        }
        if (related.Any(r => r.Name == wanted))
        {
            context.Log.LogInformation("{FactSheet} is already linked to {Target}.", factSheet.DisplayName, wanted);
            return;
        }
        FactSheet target;
        try
        {
            target = await context.Client.FactSheets.GetAsync(targetType, wanted, cancellationToken).ConfigureAwait(false);
        }
        catch (LeanIXNotFoundException)
        {
            context.Log.LogWarning("The mapped {Type} '{Target}' does not exist.", targetType, wanted);
            context.RecordAction(new AutomationAction("NONE", $"Mapped {targetType} '{wanted}' does not exist", factSheet.Id.ToString(), factSheet.DisplayName, factSheet.Type, "WARNING"));
            return;
        }
        await factSheet.AddRelationAsync(relation, target, null, cancellationToken).ConfigureAwait(false);
        context.Log.LogInformation("Linked {FactSheet} to {Target}: {Field} = {Value}.", factSheet.DisplayName, target.DisplayName, field, value);
        context.RecordAction(new AutomationAction("CREATE", $"Linked to {target.DisplayName} ({field} = {value})", factSheet.Id.ToString(), factSheet.DisplayName, factSheet.Type));
    }
}
