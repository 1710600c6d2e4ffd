namespace LeanIX.Automation.Handlers;

/// <summary>One thing a handler did, written as an item of the run's sync log entry.</summary>
/// <param name="Action">What was done, e.g. <c>CREATE</c>, <c>DELETE</c>, <c>UPDATE</c>, <c>MAIL</c>.</param>
/// <param name="Message">A sentence for the admin.</param>
/// <param name="TargetId">The fact sheet (or user) acted on.</param>
/// <param name="TargetName">Its name.</param>
/// <param name="TargetType">Its type.</param>
/// <param name="Status">OK, WARNING or ERROR.</param>
public sealed record AutomationAction(string Action, string Message, string? TargetId = null, string? TargetName = null, string? TargetType = null, string Status = "OK");
