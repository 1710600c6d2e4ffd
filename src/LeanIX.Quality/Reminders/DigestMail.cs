using System.Text;
using MimeKit;
using static System.Net.WebUtility;

namespace LeanIX.Quality.Reminders;

/// <summary>
/// Composes the digest mail: an HTML body (gaps grouped by fact sheet, deep links, how to fix) and a plain-text part with the
/// same content. Every value that comes from the workspace is HTML-escaped.
/// </summary>
public static class DigestMail
{
    /// <summary>The message for <paramref name="digest"/>.</summary>
    public static MimeMessage Compose(ReminderDigest digest, ReminderOptions options, string workspaceUrl)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(options);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(new MailboxAddress(digest.User.DisplayName, digest.User.Email));
        message.Subject = $"{options.Subject} ({digest.FactSheets.Count} fact sheet{(digest.FactSheets.Count == 1 ? "" : "s")}, {digest.GapCount} gap{(digest.GapCount == 1 ? "" : "s")})";
        var body = new BodyBuilder { TextBody = Text(digest, workspaceUrl), HtmlBody = Html(digest, workspaceUrl) };
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>The plain-text part.</summary>
    public static string Text(ReminderDigest digest, string workspaceUrl)
    {
        var text = new StringBuilder();
        text.Append("Hello ").Append(digest.User.FirstName ?? digest.User.DisplayName).AppendLine(",").AppendLine();
        text.AppendLine($"{digest.FactSheets.Count} fact sheet(s) you are responsible for in LeanIX have gaps in their data:").AppendLine();
        foreach (var fs in digest.FactSheets)
        {
            text.AppendLine($"{fs.DisplayName} ({fs.Type})").AppendLine($"  {fs.Link}");
            foreach (var gap in fs.Gaps)
                text.AppendLine($"  - [{gap.Severity}] {gap.Message}").AppendLine($"    How to fix: {gap.HowToFix}");
            text.AppendLine();
        }
        text.AppendLine($"Workspace: {workspaceUrl}");
        return text.ToString();
    }

    /// <summary>The HTML part.</summary>
    public static string Html(ReminderDigest digest, string workspaceUrl)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>LeanIX data quality</title></head>")
            .Append("<body style=\"font-family:Segoe UI,Helvetica,Arial,sans-serif;color:#222;max-width:760px\">")
            .Append("<p>Hello ").Append(E(digest.User.FirstName ?? digest.User.DisplayName)).Append(",</p>")
            .Append("<p>").Append(digest.FactSheets.Count).Append(" fact sheet(s) you are responsible for in LeanIX have gaps in their data:</p>");
        foreach (var fs in digest.FactSheets)
        {
            html.Append("<div class=\"fact-sheet\" style=\"border-left:4px solid #1f4e79;padding:4px 12px;margin:12px 0\">")
                .Append("<h3 style=\"margin:4px 0\"><a href=\"").Append(E(fs.Link)).Append("\">").Append(E(fs.DisplayName)).Append("</a> ")
                .Append("<small style=\"color:#666\">").Append(E(fs.Type)).Append("</small></h3><ul>");
            foreach (var gap in fs.Gaps)
                html.Append("<li data-code=\"").Append(E(gap.Code)).Append("\"><b>").Append(gap.Severity).Append(":</b> ").Append(E(gap.Message))
                    .Append("<br><i>How to fix:</i> ").Append(E(gap.HowToFix)).Append("</li>");
            html.Append("</ul></div>");
        }
        html.Append("<p style=\"color:#666;font-size:12px\">Workspace: <a href=\"").Append(E(workspaceUrl)).Append("\">").Append(E(workspaceUrl))
            .Append("</a>. You get at most one of these mails a week.</p></body></html>");
        return html.ToString();
    }

    private static string E(string value) => HtmlEncode(value);
}
