namespace LeanIX.Emulator.Webhooks;

/// <summary>webhooks.md §2 <c>deliveryType</c> values.</summary>
public static class DeliveryTypes
{
    public const string Push = "PUSH";
    public const string Pull = "PULL";
    public static readonly string[] All = [Push, Pull];
}
