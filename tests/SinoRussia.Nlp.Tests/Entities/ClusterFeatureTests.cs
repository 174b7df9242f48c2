using SinoRussia.Nlp.Entities;
using SinoRussia.Nlp.Entities.Models;
using SinoRussia.Nlp.Entities.Training;

namespace SinoRussia.Nlp.Tests.Entities;

public class ClusterFeatureTests
{
    private static readonly WordClusters Clusters = new([
        ("Kazan", "1100", 5), ("Omsk", "1100", 4), ("Harbin", "1101", 3), ("Zorvakh", "1100", 2),
        ("Anna", "0010", 6), ("Oleg", "0010", 3), ("visited", "0111", 9), ("in", "0001", 30),
    ]);

    private static EntityModel Train(WordClusters? clusters, int seed = 7)
    {
        var options = new EntityTrainerOptions { Epochs = 8, Seed = seed, MinFeatureCount = 1, Clusters = clusters };
        options.LabelMap["PER"] = "PERSON";
        return new EntityRecognizerTrainer(options).Train(EntityDataReader.Read(EntityModelFixtures.TinyTrainingPath));
    }

    [Fact]
    public void Clustered_words_unseen_in_training_are_stored_in_the_model()
    {
        var plain = Train(null);
        var clustered = Train(Clusters);
        clustered.Metadata.Should().Contain("clusters=8");
        clustered.Tagger.WordCount.Should().BeGreaterThan(plain.Tagger.WordCount);
        clustered.FeatureCount.Should().BeGreaterThan(plain.FeatureCount);
    }

    [Fact]
    public void A_model_with_clusters_is_deterministic_and_survives_a_save_and_load()
    {
        var first = EntityModelFixtures.Bytes(Train(Clusters, 3));
        EntityModelFixtures.Bytes(Train(Clusters, 3)).Should().Equal(first);
        using var stream = new MemoryStream(first);
        var loaded = EntityModel.Load(stream, "clustered.bin");
        EntityModelFixtures.Bytes(loaded).Should().Equal(first);
    }

    [Fact]
    public void A_place_name_unseen_in_training_gets_the_label_of_its_cluster_neighbours()
    {
        var options = new EntityRecognizerOptions { Model = Train(Clusters), UseNumericRules = false, UseNameRules = false, SplitLocations = false };
        options.Ruler.UseDefaultPatterns = false;
        var document = EntityTestDocuments.FromTokens("Anna", "Petrova", "visited", "Zorvakh", "in", "May", ".");
        new EntityRecognizer(options).Process(document);
        EntityTestDocuments.Entities(document).Should().Contain(("Zorvakh", "LOC"));
    }
}
