// One pluraliser for the whole toolkit, compiled into the client, the source generator (netstandard2.0, so
// plain C# 7 string calls) and the emulator: navigation names and labels must agree across all three.
namespace LeanIX.Shared
{
    /// <summary>English plurals of LeanIX type keys and labels: BusinessCapability → businessCapabilities, Process → Processes.</summary>
    internal static class Plurals
    {
        /// <summary>The plural of a word or label's last word, keeping its case: Capability → Capabilities, Process → Processes.</summary>
        public static string Of(string word)
        {
            if (word.Length == 0) return word;
            var last = char.ToLowerInvariant(word[word.Length - 1]);
            var beforeLast = word.Length > 1 ? char.ToLowerInvariant(word[word.Length - 2]) : 'a';
            if (last == 'y' && word.Length > 1 && "aeiou".IndexOf(beforeLast) < 0) return word.Substring(0, word.Length - 1) + "ies";
            if (last == 's' || last == 'x' || word.EndsWith("ch", System.StringComparison.OrdinalIgnoreCase) || word.EndsWith("sh", System.StringComparison.OrdinalIgnoreCase))
                return word + "es";
            return word + "s";
        }

        /// <summary>The plural navigation name of a fact sheet type: Application → applications, ITComponent → itComponents.</summary>
        public static string OfTypeKey(string typeKey) => Of(LowerFirst(typeKey));

        /// <summary>ITComponent → itComponent: a leading acronym is lowered as a whole, as LeanIX's own keys do.</summary>
        public static string LowerFirst(string key)
        {
            var upper = 0;
            while (upper < key.Length && char.IsUpper(key[upper])) upper++;
            if (upper == 0) return key;
            if (upper == 1) return char.ToLowerInvariant(key[0]) + key.Substring(1);
            if (upper == key.Length) return key.ToLowerInvariant();
            return key.Substring(0, upper - 1).ToLowerInvariant() + key.Substring(upper - 1);
        }
    }
}
