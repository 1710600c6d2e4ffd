namespace LeanIX.Emulator.Webhooks;

/// <summary>A refused webhooks request; the endpoints answer it as a D2 error body with <see cref="Status"/>.</summary>
public sealed class WebhookException(int status, string message, string? value = null) : Exception(message)
{
    public int Status { get; } = status;
    public string? Value { get; } = value;

    public static WebhookException NotFound(Guid id) =>
        new(StatusCodes.Status404NotFound, $"Subscription '{id:D}' does not exist.", id.ToString("D"));
}
