namespace LeanIX.Automation.Automations;

/// <summary>An automation's configuration does not fit its handler's template; <see cref="Key"/> names the wrong key.</summary>
public sealed class AutomationConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="key">The JSON path of the wrong key, e.g. <c>fs_types</c> or <c>mapping.Application</c>; null when the whole document is wrong.</param>
    /// <param name="message">What is wrong, for the admin.</param>
    public AutomationConfigurationException(string? key, string message) : base(message) => Key = key;

    /// <summary>The JSON path of the wrong key, or null when the whole document (or the handler name) is wrong.</summary>
    public string? Key { get; }
}
