namespace LeanIX.Emulator.Webhooks;

/// <summary>webhooks.md §2 <c>payloadMode</c> values.</summary>
public static class PayloadModes
{
    public const string Default = "DEFAULT";
    public const string WrappedEvent = "WRAPPED_EVENT";
    public const string NoPayload = "NO_PAYLOAD";
    public static readonly string[] All = [Default, WrappedEvent, NoPayload];
}
