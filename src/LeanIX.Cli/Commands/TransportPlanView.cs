using System.Text.Json.Nodes;
using LeanIX.Client.Transport;
using Spectre.Console;

namespace LeanIX.Cli.Commands;

/// <summary>A transport plan as a table of differences, colour-coded by action when the console has colour.</summary>
internal static class TransportPlanView
{
    private const int ValueWidth = 48;

    public static void Write(IAnsiConsole console, TransportPlan plan)
    {
        console.MarkupLine($"Transport [bold]{Markup.Escape(plan.Kind)}[/] from workspace [bold]{Markup.Escape(plan.SourceWorkspace)}[/] " +
                           $"to workspace [bold]{Markup.Escape(plan.TargetWorkspace)}[/] (selection: {Markup.Escape(plan.Selection)}" +
                           $"{(plan.DeleteMissing ? ", delete missing" : "")})");
        var shown = plan.Items.Where(i => i.Action != TransportAction.Unchanged).ToList();
        if (shown.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple)
                .AddColumn("Action").AddColumn("Key").AddColumn("Field")
                .AddColumn(Markup.Escape($"In {plan.TargetWorkspace} now")).AddColumn(Markup.Escape($"After (from {plan.SourceWorkspace})"));
            foreach (var item in shown)
            {
                var action = $"[{Colour(item.Action)}]{Label(item.Action)}[/]";
                var key = Markup.Escape(item.Key);
                if (item.Action == TransportAction.Conflict)
                    foreach (var reason in item.Conflicts)
                    {
                        table.AddRow(action, key, "", $"[{Colour(item.Action)}]{Markup.Escape(reason)}[/]", "");
                        (action, key) = ("", "");
                    }
                else
                    foreach (var difference in item.Differences)
                    {
                        table.AddRow(action, key, Markup.Escape(difference.Field), Value(difference, difference.Target), Value(difference, difference.Source));
                        (action, key) = ("", "");
                    }
                if (action.Length > 0) table.AddRow(action, key, "", "", "");
            }
            console.Write(table);
        }
        console.MarkupLine(plan.HasChanges || plan.Count(TransportAction.Conflict) > 0
            ? $"Plan: {Markup.Escape(plan.Summary)}."
            : $"Plan: nothing to change ({plan.Count(TransportAction.Unchanged)} unchanged).");
    }

    private static string Value(FieldDifference difference, JsonNode? value)
    {
        if (difference.Secret) return "[grey](secret)[/]";
        if (value is null) return "[grey]-[/]";
        var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value.ToJsonString();
        return Markup.Escape(text.Length <= ValueWidth ? text : text[..(ValueWidth - 1)] + "…");
    }

    private static string Label(TransportAction action) => action switch
    {
        TransportAction.Create => "+ create",
        TransportAction.Update => "~ update",
        TransportAction.Delete => "- delete",
        TransportAction.Conflict => "! conflict",
        _ => "= unchanged"
    };

    private static string Colour(TransportAction action) => action switch
    {
        TransportAction.Create => "green",
        TransportAction.Update => "yellow",
        TransportAction.Delete => "red",
        TransportAction.Conflict => "magenta",
        _ => "grey"
    };
}
