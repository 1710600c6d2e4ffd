using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LeanIX.Emulator.Rest.Integrations.Expressions;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Rest.Integrations.Processing;

/// <summary>
/// One processor applied to one content item (or one <c>forEach</c> element of it) inside the item's transaction:
/// what every processor kind needs to read its JSON through expressions (admin.md §1.3, §1.4).
/// </summary>
public sealed class ProcessorStep(WorkspaceTransaction tx, RunContext run, JsonObject processor, int index, ExpressionScope scope, string? contentId)
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    public WorkspaceTransaction Tx { get; } = tx;
    public RunContext Run { get; } = run;
    public JsonObject Processor { get; } = processor;
    public int Index { get; } = index;
    public ExpressionScope Scope { get; } = scope;
    public string? ContentId { get; } = contentId;
    public string? Name => Processor["processorName"]?.GetValue<string>();

    /// <summary>Evaluates a processor member: a template string, <c>{"expr": …}</c> (with <c>regexReplace</c>) or a literal.</summary>
    public object? Eval(JsonNode? node)
    {
        switch (node)
        {
            case null: return null;
            case JsonValue v when v.TryGetValue<string>(out var text): return ExpressionTemplate.Evaluate(text, Scope);
            case JsonObject o when o.ContainsKey("expr"):
                var value = Eval(o["expr"]);
                return o["regexReplace"] is JsonObject replace ? ReplaceText(ExpressionValues.ToText(value), replace) : value;
            default: return ExpressionValues.FromJson(node);
        }
    }

    /// <summary>Evaluates to text; null when the value is null or empty.</summary>
    public string? Text(JsonNode? node)
    {
        var text = ExpressionValues.ToText(Eval(node));
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// The value pipeline of one <c>updates[]</c> entry (admin.md §1.4): each <c>values[]</c> entry is evaluated, lists are
    /// taken element by element, kept when <c>regexMatch</c> matches, then rewritten by <c>regexReplace</c>. A value outside
    /// the expression subset is a warning and is skipped (D42).
    /// </summary>
    public List<object?> Values(JsonObject update)
    {
        var result = new List<object?>();
        foreach (var entry in update["values"] as JsonArray ?? [])
        {
            if (entry is not JsonObject value) continue;
            try
            {
                if (value["map"] is JsonArray map)
                {
                    result.Add(map.OfType<JsonObject>().ToDictionary(m => ExpressionValues.ToText(Eval(m["key"])), m => Eval(m["value"]), StringComparer.Ordinal));
                    continue;
                }
                if (value.ContainsKey("object"))
                {
                    result.Add(Eval(value["object"]));
                    continue;
                }
                var evaluated = Eval(value["expr"]);
                foreach (var element in evaluated is List<object?> list ? list : [evaluated])
                {
                    if (element is IDictionary<string, object?>) { result.Add(element); continue; }
                    if (element is null) { result.Add(null); continue; }
                    var text = ExpressionValues.ToText(element);
                    if (value["regexMatch"]?.GetValue<string>() is { } match && !Regex.IsMatch(text, match, RegexOptions.None, RegexTimeout)) continue;
                    result.Add(value["regexReplace"] is JsonObject replace ? ReplaceText(text, replace) : element);
                }
            }
            catch (UnsupportedExpressionException e)
            {
                ExpressionWarning(e);
            }
        }
        return result;
    }

    public void ExpressionWarning(UnsupportedExpressionException e) =>
        Run.Warn(new RunWarning(Name, Index, ContentId, "Unsupported expression: " + e.Message, null, RunWarning.CategoryExpression, false));

    public void Warn(string message, bool isError = false, string category = RunWarning.CategoryProcessing) =>
        Run.Warn(new RunWarning(Name, Index, ContentId, message, null, category, isError));

    /// <summary>
    /// D75: a synclog item for an entity this step wrote – only when the write changed something (it left a change record
    /// after <paramref name="recordsBefore"/>), so a repeated identical run lists no items.
    /// </summary>
    public void Wrote(int recordsBefore, string action, Guid targetId, string targetName, string targetType)
    {
        if (Tx.Records.Count > recordsBefore) Run.Run.Wrote(new RunWrite(action, ContentId, targetId, targetName, targetType));
    }

    private static string ReplaceText(string text, JsonObject replace)
    {
        var match = replace["match"]?.GetValue<string>() ?? "";
        var replacement = replace["replace"]?.GetValue<string>() ?? "";
        return match.Length == 0 ? text : Regex.Replace(text, match, replacement, RegexOptions.None, RegexTimeout);
    }
}
