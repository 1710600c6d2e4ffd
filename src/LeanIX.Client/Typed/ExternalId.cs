namespace LeanIX.Client.Typed;

/// <summary>An EXTERNAL_ID field's value (graphql.md: <c>{type, externalId, externalUrl, comment, status}</c>).</summary>
/// <param name="Value">The external id itself.</param>
/// <param name="Url">The link built from the field's URL template.</param>
/// <param name="Comment">The comment.</param>
/// <param name="Status">The status.</param>
public sealed record ExternalId(string? Value, string? Url, string? Comment, string? Status)
{
    /// <summary>Reads an external id value; null when unset.</summary>
    public static ExternalId? From(FactSheetValue value) => value.IsNull ? null : new ExternalId(
        value["externalId"].AsString(), value["externalUrl"].AsString(), value["comment"].AsString(), value["status"].AsString());

    /// <inheritdoc />
    public override string ToString() => Value ?? "";
}
