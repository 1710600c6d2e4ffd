namespace LeanIX.Client.Webhooks;

/// <summary>Paging of a delivery log (webhooks.md §1: page 1-indexed, size default 30 and at most 100, sort default <c>createdAt-desc</c>).</summary>
public sealed record DeliveryListOptions
{
    /// <summary>The page, from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Deliveries per page, 1 to 100.</summary>
    public int Size { get; init; } = 30;

    /// <summary>The sort, <c>field-asc</c> or <c>field-desc</c>, e.g. <c>createdAt-desc</c>; null = the service default.</summary>
    public string? Sort { get; init; }

    internal void Validate()
    {
        if (Page < 1) throw new ArgumentOutOfRangeException(nameof(Page), Page, "Delivery log pages start at 1.");
        if (Size is < 1 or > 100) throw new ArgumentOutOfRangeException(nameof(Size), Size, "A delivery log page holds 1 to 100 deliveries.");
    }
}
