using System.Text.RegularExpressions;
using GraphQL;

namespace LeanIX.Emulator.Graph.Errors;

/// <summary>
/// D17: syntax and validation errors read <c>Validation error of type &lt;Kind&gt;: &lt;detail&gt;</c> with the
/// graphql-java kind names LeanIX answers with; graphql-dotnet's error classes are mapped onto them.
/// </summary>
public static partial class ValidationMessages
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["FieldsOnCorrectTypeError"] = "FieldUndefined",
        ["KnownTypeNamesError"] = "UnknownType",
        ["KnownArgumentNamesError"] = "UnknownArgument",
        ["ProvidedNonNullArgumentsError"] = "MissingFieldArgument",
        ["ArgumentsOfCorrectTypeError"] = "WrongType",
        ["InvalidVariableError"] = "WrongType",
        ["InvalidLiteralError"] = "WrongType",
        ["SyntaxError"] = "InvalidSyntax",
        ["PossibleFragmentSpreadsError"] = "InvalidFragmentType",
        ["ScalarLeafsError"] = "SubSelectionRequired",
        ["VariablesAreInputTypesError"] = "NonInputTypeOnVariable",
        ["NoUndefinedVariablesError"] = "UndefinedVariable",
        ["NoUnusedVariablesError"] = "UnusedVariable",
        ["KnownDirectivesError"] = "UnknownDirective",
        ["UniqueArgumentsError"] = "DuplicateArgumentNames",
        ["FragmentsOnCompositeTypesError"] = "InlineFragmentTypeConditionInvalid",
        ["NoUnusedFragmentsError"] = "UnusedFragment",
        ["KnownFragmentNamesError"] = "UndefinedFragment",
        ["VariablesInAllowedPositionError"] = "VariableTypeMismatch",
        ["LoneAnonymousOperationError"] = "LoneAnonymousOperationViolation",
        ["UniqueOperationNamesError"] = "DuplicateOperationName",
        ["UniqueInputFieldNamesError"] = "DuplicateArgumentNames",
        ["UniqueVariableNamesError"] = "DuplicateVariableName",
        ["UniqueFragmentNamesError"] = "DuplicateFragmentName",
        ["OverlappingFieldsCanBeMergedError"] = "FieldsConflict",
        ["NoFragmentCyclesError"] = "FragmentCycle",
        ["InputFieldsAndArgumentsOfCorrectLengthError"] = "WrongType",
    };

    /// <summary>True for errors found before execution (the request is not executed: data is null).</summary>
    public static bool IsValidation(ExecutionError error) =>
        error is GraphQL.Validation.ValidationError or GraphQL.Execution.DocumentError or InputValidationError;

    public static string Format(ExecutionError error)
    {
        if (error is InputValidationError) return error.Message;
        var kind = Kinds.GetValueOrDefault(error.GetType().Name) ?? "ValidationError";
        var message = error.Message;
        var detail = kind switch
        {
            "FieldUndefined" when CannotQuery().Match(message) is { Success: true } m => $"Field {m.Groups[1].Value} is undefined",
            "UnknownType" when UnknownType().Match(message) is { Success: true } m => $"Unknown type {m.Groups[1].Value}",
            "UnknownArgument" when UnknownArgument().Match(message) is { Success: true } m => $"Unknown field argument {m.Groups[1].Value}",
            "MissingFieldArgument" when MissingArgument().Match(message) is { Success: true } m => $"Missing field argument {m.Groups[1].Value}",
            // graphql-java wording for a plain wrong literal; nested input errors keep graphql-dotnet's detail.
            "WrongType" when WrongLiteral().Match(message) is { Success: true } m =>
                $"argument '{m.Groups[1].Value}' with value '{m.Groups[3].Value}' is not a valid '{m.Groups[2].Value}'",
            _ => message
        };
        // D17 / graphql.md §3.1: a non-string patch value is rejected with this exact phrase.
        if (kind == "WrongType" && IsPatchValueError(error)) detail = "Patch value must be a string. " + detail;
        return $"Validation error of type {kind}: {detail}";
    }

    // Only the Patch input has a member called 'value', so an invalid 'value' member is a patch value.
    private static bool IsPatchValueError(ExecutionError error) =>
        error.Message.Contains("field 'value'", StringComparison.Ordinal) || PatchValueVariable().IsMatch(error.Message);

    [GeneratedRegex(@"Variable '\$[^']*\.value' is invalid")]
    private static partial Regex PatchValueVariable();

    [GeneratedRegex(@"^Argument '([^']+)' has invalid value\. Expected type '([^']+)', found (.+)\.$")]
    private static partial Regex WrongLiteral();

    [GeneratedRegex("Cannot query field '([^']+)'")]
    private static partial Regex CannotQuery();

    [GeneratedRegex("Unknown type '([^']+)'")]
    private static partial Regex UnknownType();

    [GeneratedRegex("Unknown argument '([^']+)'")]
    private static partial Regex UnknownArgument();

    [GeneratedRegex("[Aa]rgument '([^']+)'")]
    private static partial Regex MissingArgument();
}
