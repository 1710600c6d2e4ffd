using System.Globalization;

namespace LeanIX.Automation.Handlers;

/// <summary>Links into the workspace (<c>{instance}/{workspace name}/factsheet/{type}/{id}</c>), for mails.</summary>
/// <param name="WorkspaceUrl">The workspace's web address, e.g. <c>https://acme.leanix.net/acme</c> (no trailing slash).</param>
public sealed record WorkspaceLinks(string WorkspaceUrl)
{
    /// <summary>The fact sheet's page.</summary>
    public string FactSheet(string type, Guid id) =>
        string.Create(CultureInfo.InvariantCulture, $"{WorkspaceUrl}/factsheet/{Uri.EscapeDataString(type)}/{id}");
}
