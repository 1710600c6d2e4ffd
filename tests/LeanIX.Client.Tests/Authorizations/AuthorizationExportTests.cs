using System.Net;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests.Authorizations;

/// <summary>admin.md §10, D66: the authorization model exported to Excel in a language, and replaced with PUT.</summary>
public class AuthorizationExportTests
{
    [Fact]
    public async Task The_model_is_exported_with_labels_in_the_chosen_language()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var directory = Path.Combine(Path.GetTempPath(), "lx-auth-" + Guid.NewGuid().ToString("N"));
        try
        {
            var english = await lx.Authorizations.ExportAuthorizationsAsync(Path.Combine(directory, "en.xlsx"));
            var german = await lx.Authorizations.ExportAuthorizationsAsync(Path.Combine(directory, "de.xlsx"), "de");
            Assert.Equal("Application", LabelOf(english, "VIEWER", "factSheet", "Application"));
            Assert.Equal("Anwendung", LabelOf(german, "VIEWER", "factSheet", "Application"));
            using var workbook = new XLWorkbook(english);
            var sheet = workbook.Worksheet("Authorizations");
            Assert.Equal(["Role", "Domain", "Function", "Instance", "Label", "CREATE", "READ", "UPDATE", "DELETE", "ARCHIVE", "IMPORT", "EXPORT"],
                sheet.Row(1).CellsUsed().Select(c => c.GetString()));
            var viewerRow = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "VIEWER" && r.Cell(2).GetString() == "factSheet");
            Assert.Equal(["", "x", "", "", "", "", "x"], Enumerable.Range(6, 7).Select(c => viewerRow.Cell(c).GetString()));
            await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Authorizations.ExportAuthorizationsAsync(Path.Combine(directory, "xx.xlsx"), "xx"));
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task The_model_is_replaced_by_an_admin_and_bad_models_and_viewers_are_refused()
    {
        await using var host = await RoleHosts.StartAsync();
        using var lx = TestClients.For(host);
        var roles = await lx.Authorizations.GetAuthorizationModelAsync();
        var auditor = new AuthorizationRole("AUDITOR", [new AuthorizationPermission("factSheet", "factSheet.manage", ["READ", "EXPORT"], ["Application"])]);
        var stored = await lx.Authorizations.UpdateAuthorizationModelAsync([.. roles, auditor]);
        Assert.Equal(["ADMIN", "MEMBER", "VIEWER", "AUDITOR"], stored.Select(r => r.Name));
        Assert.Equal(["READ", "EXPORT"], stored[3].Permissions.Single().Actions);

        var noName = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => lx.Connection.RequestAsync("services/pathfinder/v1/models/authorization",
            HttpMethod.Put, new JsonArray(new JsonObject { ["permissions"] = new JsonArray() })));
        Assert.Equal(HttpStatusCode.BadRequest, noName.Status);
        Assert.Contains("needs a name", noName.Message);
        await Assert.ThrowsAsync<ArgumentException>(() => lx.Authorizations.UpdateAuthorizationModelAsync([]));

        using var viewer = RoleHosts.SecondClient(host);
        await Assert.ThrowsAsync<LeanIXAuthenticationException>(() => viewer.Authorizations.UpdateAuthorizationModelAsync([auditor]));
        Assert.Equal(4, (await viewer.Authorizations.GetAuthorizationModelAsync()).Count);
    }

    private static string LabelOf(string path, string role, string domain, string instance)
    {
        using var workbook = new XLWorkbook(path);
        return workbook.Worksheet("Authorizations").RowsUsed()
            .First(r => r.Cell(1).GetString() == role && r.Cell(2).GetString() == domain && r.Cell(4).GetString() == instance).Cell(5).GetString();
    }
}
