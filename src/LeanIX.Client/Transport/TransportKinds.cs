using LeanIX.Client.Transport.Kinds;

namespace LeanIX.Client.Transport;

/// <summary>The kinds every <see cref="TransportClient"/> knows.</summary>
public static class TransportKinds
{
    /// <summary>
    /// Tags and tag groups, subscription roles, webhooks, Integration API configurations, objects (bookmarks), LeanIX
    /// automations with their scripts, calculations, the remaining managed code and meta model elements. Kinds of
    /// other areas are added here, one class each.
    /// </summary>
    public static IReadOnlyList<ITransportKind> BuiltIn { get; } =
    [
        new TagsTransportKind(),
        new RolesTransportKind(),
        new WebhooksTransportKind(),
        new IntegrationsTransportKind(),
        new ObjectsTransportKind(),
        new AutomationsTransportKind(),
        new CalculationsTransportKind(),
        new ManagedCodeTransportKind(),
        new MetaModelTransportKind()
    ];
}
