using LeanIX.Emulator.Domain;
namespace LeanIX.Emulator.Mutations;

/// <summary>The <c>extensions.entityType</c> values of business errors (D17).</summary>
public static class MutationEntityType
{
    public const string FactSheet = "FactSheet";
    public const string Relation = "Relation";
    public const string Tag = "Tag";
    public const string TagGroup = "TagGroup";
    public const string Subscription = "Subscription";
    public const string Document = "Document";
    public const string SubscriptionRole = "SubscriptionRole";
}
