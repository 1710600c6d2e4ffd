using LeanIX.Client.Generators.Emit;
using LeanIX.Client.Generators.Snapshot;

namespace LeanIX.Client.Generators.Tests;

/// <summary>
/// The generator names relation methods after plural type names and the client navigates by them
/// (<c>app.BusinessCapabilities()</c> and <c>app.Relations("businessCapabilities")</c>); both must mean the same relation.
/// </summary>
public class PluralAgreementTests
{
    [Theory]
    [InlineData("datamodel.json")]
    [InlineData("datamodel-v3.json")]
    public void Generated_relation_methods_and_client_navigation_reach_the_same_relation(string fixture)
    {
        var snapshot = ModelSnapshot.Parse(SharedFixtures.Snapshot(fixture));
        var client = LeanIXDataModel.Parse(File.ReadAllText(SharedFixtures.PathOf(fixture)));
        var naming = new Naming(snapshot);
        var compared = 0;
        foreach (var type in snapshot.Types)
        {
            var clientType = client.Type(type.Key);
            Assert.Equal(clientType.PluralName, Naming.Plural(type.Key));
            foreach (var relation in type.Relations)
            {
                var method = naming.RelationMethod(type.Key, relation.Key);
                var plural = Naming.Plural(relation.TargetType);
                if (!string.Equals(method, plural, StringComparison.OrdinalIgnoreCase)) continue; // named after the key: two relations reach the type
                Assert.Equal(relation.Key, clientType.Relation(plural).Key);
                compared++;
            }
        }
        Assert.True(compared > 20, $"only {compared} relations were compared");
    }
}
