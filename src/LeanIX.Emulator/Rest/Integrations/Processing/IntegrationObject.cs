using LeanIX.Emulator.Rest.Integrations.Expressions;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Rest.Integrations.Processing;

/// <summary>
/// The <c>integration</c> root of expressions (admin.md §1.4, D42): <c>now</c>, <c>contentIndex</c>, <c>maxContentIndex</c>,
/// <c>valueOfForEach</c>, <c>indexOfForEach</c>, <c>keyOfForEach</c>, <c>toJson(x)</c> and <c>tags.getTagGroupId/getTagId</c>.
/// </summary>
public sealed class IntegrationObject(IWorkspaceView view, DateTimeOffset now, int contentIndex, int maxContentIndex) : IExpressionObject
{
    public object? ValueOfForEach { get; init; }
    public int IndexOfForEach { get; init; } = -1;
    public string? KeyOfForEach { get; init; }

    public IntegrationObject ForEach(object? value, int index, string? key) =>
        new(view, now, contentIndex, maxContentIndex) { ValueOfForEach = value, IndexOfForEach = index, KeyOfForEach = key };

    public object? GetMember(string name) => name switch
    {
        "now" => Formats.Timestamp(now),
        "contentIndex" => (long)contentIndex,
        "maxContentIndex" => (long)maxContentIndex,
        "valueOfForEach" => ValueOfForEach,
        "indexOfForEach" => (long)IndexOfForEach,
        "keyOfForEach" => KeyOfForEach,
        "tags" => new TagLookup(view),
        _ => throw new UnsupportedExpressionException($"Unsupported expression integration.{name}")
    };

    public object? Invoke(string method, IReadOnlyList<object?> arguments) => method switch
    {
        "toJson" => ExpressionValues.ToJson(arguments.FirstOrDefault())?.ToJsonString() ?? "null",
        _ => throw new UnsupportedExpressionException($"Unsupported expression integration.{method}()")
    };

    /// <summary><c>integration.tags</c>: ids of tag groups and tags by name (null when absent).</summary>
    private sealed class TagLookup(IWorkspaceView view) : IExpressionObject
    {
        public object? GetMember(string name) => throw new UnsupportedExpressionException($"Unsupported expression integration.tags.{name}");

        public object? Invoke(string method, IReadOnlyList<object?> arguments)
        {
            string Arg(int i) => ExpressionValues.ToText(arguments.Count > i ? arguments[i] : null);
            switch (method)
            {
                case "getTagGroupId":
                    return view.TagGroups.All.FirstOrDefault(g => g.Name == Arg(0))?.Id.ToString("D");
                case "getTagId":
                    var group = view.TagGroups.All.FirstOrDefault(g => g.Name == Arg(0));
                    return view.Tags.All.FirstOrDefault(t => t.TagGroupId == group?.Id && t.Name == Arg(1))?.Id.ToString("D");
                case "getAllTagGroups":
                    return view.TagGroups.All.Select(g => (object?)g.Name).ToList();
                default:
                    throw new UnsupportedExpressionException($"Unsupported expression integration.tags.{method}()");
            }
        }
    }
}
