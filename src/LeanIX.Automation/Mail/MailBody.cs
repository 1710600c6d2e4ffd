using System.Net;
using System.Text;

namespace LeanIX.Automation.Mail;

/// <summary>
/// Builds a mail's HTML and plain-text parts side by side. Text and link labels are HTML-encoded and link targets
/// attribute-encoded, so a fact sheet named <c>&lt;script&gt;</c> shows as text.
/// </summary>
public sealed class MailBody
{
    private readonly StringBuilder _html = new();
    private readonly StringBuilder _text = new();

    /// <summary>A paragraph of plain text (encoded in the HTML part).</summary>
    public MailBody Paragraph(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _html.Append("<p>").Append(WebUtility.HtmlEncode(text)).Append("</p>\n");
        _text.Append(text).Append("\n\n");
        return this;
    }

    /// <summary>A paragraph: <paramref name="before"/>, a link labelled <paramref name="label"/>, <paramref name="after"/>.</summary>
    public MailBody ParagraphWithLink(string before, string label, string url, string after = "")
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(url);
        _html.Append("<p>").Append(WebUtility.HtmlEncode(before))
            .Append("<a href=\"").Append(WebUtility.HtmlEncode(url)).Append("\">").Append(WebUtility.HtmlEncode(label)).Append("</a>")
            .Append(WebUtility.HtmlEncode(after)).Append("</p>\n");
        _text.Append(before).Append(label).Append(" (").Append(url).Append(')').Append(after).Append("\n\n");
        return this;
    }

    /// <summary>The HTML part, a whole document.</summary>
    public string Html => "<!DOCTYPE html>\n<html><body>\n" + _html + "</body></html>\n";

    /// <summary>The plain-text part.</summary>
    public string Text => _text.ToString().TrimEnd() + "\n";
}
