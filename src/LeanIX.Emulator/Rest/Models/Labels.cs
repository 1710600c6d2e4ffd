using System.Text;

namespace LeanIX.Emulator.Rest.Models;

/// <summary>
/// English labels generated from data-model keys, because the fixtures carry no translations:
/// <c>businessCriticality</c> → "Business Criticality", <c>ITComponent</c> → "IT Component".
/// </summary>
public static class Labels
{
    /// <summary>Splits camelCase/PascalCase into capitalised words, keeping acronyms together.</summary>
    public static string Humanize(string key)
    {
        if (key.Length == 0) return key;
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (c is '_' or '-' or ' ' or '.')
            {
                Flush();
                continue;
            }
            var boundary = current.Length > 0 && char.IsUpper(c) &&
                (char.IsLower(key[i - 1]) || char.IsDigit(key[i - 1]) || (i + 1 < key.Length && char.IsLower(key[i + 1])));
            if (boundary) Flush();
            current.Append(c);
        }
        Flush();
        return string.Join(' ', words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

        void Flush()
        {
            if (current.Length > 0) words.Add(current.ToString());
            current.Clear();
        }
    }

    /// <summary>English plural of a label's last word: Capability → Capabilities, Process → Processes (the toolkit's one pluraliser).</summary>
    public static string Pluralize(string label) => LeanIX.Shared.Plurals.Of(label);
}
