using System.Text.Json.Nodes;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Rest.Models;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Rest.MetaModel;

/// <summary>What a batch came to: its status, the error text, its actions as answered, and the new model when DONE.</summary>
internal sealed record MetaModelBatchOutcome(string Status, string? Errors, JsonArray Actions, DataModel? Model);

/// <summary>
/// Runs an action batch (D62): synchronously and all or nothing. Every action is validated against, and applied to,
/// copies of the data model's <c>data</c> and of the layout; the first INVALID action stops the batch and the copies
/// are dropped. Only when all actions applied is a NEW model instance built from the copies, which the caller swaps
/// in through the model replacement path; the current instance is never edited (query plans are cached by it).
/// </summary>
internal sealed class MetaModelBatchRunner
{
    private readonly JsonObject _data;
    private readonly JsonObject _layout;
    private readonly DataModel _model;
    private readonly MetaModelEdits _edits;

    private MetaModelBatchRunner(DataModel model, WorkspaceState state)
    {
        _data = (JsonObject)model.Envelope["data"]!.DeepClone();
        _layout = model.Layout.CopyRoot();
        _model = model;
        _edits = new MetaModelEdits(_data, _layout, state);
    }

    public static MetaModelBatchOutcome Run(DataModel model, WorkspaceState state, JsonArray items, DateTimeOffset now)
    {
        var runner = new MetaModelBatchRunner(model, state);
        var stamp = now.ToUnixTimeMilliseconds();
        var actions = new JsonArray();
        string? error = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i] as JsonObject;
            var action = new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(),
                ["type"] = item?["type"]?.DeepClone(),
                ["subtype"] = item?["subtype"]?.DeepClone(),
                ["node"] = item?["node"]?.DeepClone(),
                ["payload"] = item?["payload"]?.DeepClone() ?? new JsonObject(),
                ["oldValue"] = null,
                ["status"] = "PENDING",
                ["error"] = null,
                ["createdAt"] = stamp,
                ["updatedAt"] = stamp
            };
            actions.Add(action);
            if (error is not null) continue; // after the first INVALID action nothing more is looked at
            try
            {
                if (item is null) throw new MetaModelActionException("An action must be an object {type, subtype, node, payload}.");
                var node = MetaModelNode.Parse(item["node"]);
                action["node"] = node.ToStructured();
                action["oldValue"] = runner._edits.Apply(Text(item, "type"), Text(item, "subtype"), node, item["payload"] as JsonObject ?? []);
                action["status"] = "VALID";
            }
            catch (MetaModelActionException e)
            {
                action["status"] = "INVALID";
                action["error"] = e.Message;
                error = $"Action {i + 1} is invalid: {e.Message}";
            }
        }
        if (error is not null) return new MetaModelBatchOutcome("ERROR", error, actions, null);

        var next = runner.Build(out var invalid);
        if (next is null) return new MetaModelBatchOutcome("ERROR", invalid, actions, null);
        foreach (var action in actions) action!["status"] = "DONE";
        return new MetaModelBatchOutcome("DONE", null, actions, next);
    }

    /// <summary>The new model instance: the edited data in a copy of the envelope, with the edited layout (revision + 1).</summary>
    private DataModel? Build(out string? invalid)
    {
        invalid = null;
        _layout["revision"] = _model.Layout.Revision + 1;
        try
        {
            var envelope = (JsonObject)_model.Envelope.DeepClone();
            envelope["data"] = _data;
            var model = DataModel.Parse(envelope);
            invalid = DataModelChecks.Invalid(model);
            return invalid is null ? model.WithLayout(new MetaLayout(_layout)) : null;
        }
        catch (DataModelException e)
        {
            invalid = e.Message;
            return null;
        }
    }

    private static string Text(JsonObject item, string member) =>
        item[member] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0
            ? s
            : throw new MetaModelActionException($"The action has no '{member}'.");
}
