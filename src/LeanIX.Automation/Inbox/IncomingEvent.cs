namespace LeanIX.Automation.Inbox;

/// <summary>An event as intake hands it to the inbox.</summary>
/// <param name="DedupKey">What makes a redelivery recognisable: the event id, else a hash of the body.</param>
/// <param name="EventType">The payload <c>type</c>, e.g. <c>FactSheetCreatedEvent</c>.</param>
/// <param name="FactSheetId">The fact sheet the event is about (the order key), or null.</param>
/// <param name="Body">The payload JSON as received.</param>
/// <param name="Source">Where it came from: <c>push</c>, <c>pull</c>, <c>initial-sync</c>.</param>
public sealed record IncomingEvent(string DedupKey, string? EventType, Guid? FactSheetId, string Body, string Source);
