namespace LeanIX.Automation.Handlers;

/// <summary>
/// The registered handlers by name (<c>builder.Services.AddAutomationHandler&lt;MyHandler&gt;()</c> registers one;
/// the five built-ins are registered by <c>AddLeanIXAutomation</c>).
/// </summary>
public sealed class HandlerRegistry
{
    private readonly Dictionary<string, EventHandler> _byName = new(StringComparer.Ordinal);

    /// <summary>Collects the handlers the container holds.</summary>
    /// <exception cref="InvalidOperationException">Two handlers have the same name.</exception>
    public HandlerRegistry(IEnumerable<EventHandler> handlers)
    {
        foreach (var handler in handlers)
        {
            if (!_byName.TryAdd(handler.Name, handler) && _byName[handler.Name].GetType() != handler.GetType())
                throw new InvalidOperationException($"Two handlers are named '{handler.Name}' ({_byName[handler.Name].GetType().FullName}, {handler.GetType().FullName}); override Name in one.");
        }
    }

    /// <summary>Every handler, ordered by name.</summary>
    public IReadOnlyList<EventHandler> All => _byName.Values.OrderBy(h => h.Name, StringComparer.Ordinal).ToList();

    /// <summary>The handler with this name, or null.</summary>
    public EventHandler? Find(string name) => _byName.GetValueOrDefault(name);
}
