using SinoRussia.Nlp.Entities.Training;
using SinoRussia.Samples.Entities;

namespace SinoRussia.Samples.Tests.Entities;

public class GazetteerMergeTests
{
    [Fact]
    public void A_gazetteer_file_named_like_a_loaded_gazetteer_adds_its_phrases_to_it()
    {
        var gazetteers = new List<EntityGazetteer> { new("people", ["Ada Lovelace"]), new("places", ["Tula"]) };

        StagedGazetteerLoader.AddOrMerge(gazetteers, new EntityGazetteer("people", ["Ivanova", "Ada Lovelace"]));

        gazetteers.Select(g => g.Name).Should().Equal("people", "places");
        gazetteers[0].Phrases.Should().Equal("Ada Lovelace", "Ivanova");
    }

    [Fact]
    public void A_gazetteer_file_with_a_new_name_is_added_as_its_own_gazetteer()
    {
        var gazetteers = new List<EntityGazetteer> { new("people", ["Ada Lovelace"]) };

        StagedGazetteerLoader.AddOrMerge(gazetteers, new EntityGazetteer("given-names", ["Julie"]));

        gazetteers.Select(g => g.Name).Should().Equal("people", "given-names");
        gazetteers[0].Phrases.Should().Equal("Ada Lovelace");
    }
}
