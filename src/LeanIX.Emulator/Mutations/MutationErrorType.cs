namespace LeanIX.Emulator.Mutations;

/// <summary>The two <c>extensions.errorType</c> values of business errors (D17).</summary>
public static class MutationErrorType
{
    /// <summary>A data-model violation: select value, multiplicity, target type, mandatory field, duplicate external id.</summary>
    public const string ModelCompliant = "MODEL_COMPLIANT";

    /// <summary>Everything else: unknown id, invalid path, rev mismatch, subscription and tag rules.</summary>
    public const string BusinessLogic = "BUSINESS_LOGIC";
}
