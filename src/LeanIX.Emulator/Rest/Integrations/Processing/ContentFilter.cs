using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LeanIX.Emulator.Rest.Integrations.Expressions;

namespace LeanIX.Emulator.Rest.Integrations.Processing;

/// <summary>
/// A processor's <c>filter</c> (DOCS/inbound-processors): <c>exactType</c> by equality, <c>type</c> as a prefix regex on the
/// content type, <c>id</c> as a regex on the content id, <c>advanced</c> as a boolean expression; all ANDed.
/// </summary>
public static class ContentFilter
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    public static bool Accepts(ProcessorStep step, string contentType, string contentId)
    {
        if (step.Processor["filter"] is not JsonObject filter) return true;
        if (filter["exactType"]?.GetValue<string>() is { } exact && exact != contentType) return false;
        if (filter["type"]?.GetValue<string>() is { } prefix && !Regex.IsMatch(contentType, "^(?:" + prefix + ")", RegexOptions.None, RegexTimeout)) return false;
        if (filter["id"]?.GetValue<string>() is { } id && !Regex.IsMatch(contentId, id, RegexOptions.None, RegexTimeout)) return false;
        if (filter["advanced"] is { } advanced)
        {
            try
            {
                if (!ExpressionValues.IsTrue(step.Eval(advanced))) return false;
            }
            catch (UnsupportedExpressionException e)
            {
                step.ExpressionWarning(e);
                return false;
            }
        }
        return true;
    }
}
