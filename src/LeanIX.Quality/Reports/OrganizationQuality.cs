namespace LeanIX.Quality.Reports;

/// <summary>
/// The data quality of one organisation, rolled up through the hierarchy: the fact sheets it and every unit below it are
/// responsible for (each counted once), their average completion, how many are free of gaps, and the gaps by code and severity.
/// </summary>
/// <param name="OrganizationId">The organisation's fact sheet id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Path">Its place in the tree, e.g. <c>Acme Holding SE / Acme Germany GmbH</c>.</param>
/// <param name="Depth">0 for a root.</param>
/// <param name="DirectFactSheets">Fact sheets the unit itself is responsible for.</param>
/// <param name="FactSheets">Fact sheets of the unit and every unit below it.</param>
/// <param name="FactSheetsWithoutGaps">Of those, how many have no gap.</param>
/// <param name="Completeness">Average completion of those fact sheets, 0–100 (0 when there are none).</param>
/// <param name="Gaps">All their gaps.</param>
/// <param name="GapsByCode">Gaps per code.</param>
/// <param name="GapsBySeverity">Gaps per severity.</param>
public sealed record OrganizationQuality(
    Guid OrganizationId, string Name, string Path, int Depth, int DirectFactSheets, int FactSheets, int FactSheetsWithoutGaps, double Completeness,
    int Gaps, IReadOnlyDictionary<string, int> GapsByCode, IReadOnlyDictionary<GapSeverity, int> GapsBySeverity)
{
    /// <summary>Share of fact sheets without gaps, 0–100.</summary>
    public double GapFreeShare => FactSheets == 0 ? 100 : Math.Round(100.0 * FactSheetsWithoutGaps / FactSheets, 1);
}
