using ClosedXML.Excel;

namespace LeanIX.Client;

/// <summary>The workbook of <see cref="AuthorizationsClient.ExportAuthorizationsAsync"/>: the model as a role × permission matrix.</summary>
internal static class AuthorizationWorkbook
{
    /// <summary>D66's actions first, in their order; any others the model uses after them.</summary>
    private static readonly string[] KnownActions = ["CREATE", "READ", "UPDATE", "DELETE", "ARCHIVE", "IMPORT", "EXPORT"];

    public static void Write(string path, IReadOnlyList<AuthorizationRole> roles, LanguageModel labels)
    {
        var actions = KnownActions.Concat(roles.SelectMany(r => r.Permissions).SelectMany(p => p.Actions).Except(KnownActions, StringComparer.Ordinal)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)).ToList();
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Authorizations");
        string[] headers = ["Role", "Domain", "Function", "Instance", "Label", .. actions];
        for (var c = 0; c < headers.Length; c++) sheet.Cell(1, c + 1).SetValue(headers[c]);
        sheet.Row(1).Style.Font.Bold = true;
        var row = 2;
        foreach (var role in roles)
        foreach (var permission in role.Permissions)
        foreach (var instance in permission.Instances.Count == 0 ? [""] : permission.Instances)
        {
            sheet.Cell(row, 1).SetValue(role.Name);
            sheet.Cell(row, 2).SetValue(permission.Domain);
            if (permission.Function is { } function) sheet.Cell(row, 3).SetValue(function);
            if (instance.Length > 0)
            {
                sheet.Cell(row, 4).SetValue(instance);
                sheet.Cell(row, 5).SetValue(labels.TypeLabel(instance));
            }
            for (var a = 0; a < actions.Count; a++)
                if (permission.Actions.Contains(actions[a], StringComparer.Ordinal)) sheet.Cell(row, 6 + a).SetValue("x");
            row++;
        }
        sheet.SheetView.FreezeRows(1);
        workbook.SaveAs(path);
    }
}
