using SinoRussia.Nlp.Entities.Models;
using SinoRussia.Nlp.Entities.Training;

namespace SinoRussia.Nlp.Tests.Entities;

internal static class EntityModelFixtures
{
    private static readonly Lazy<EntityModel> LazyTiny = new(() => Train(7));

    public static string TinyTrainingPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Entities", "tiny-train.jsonl");

    public static EntityModel Tiny() => LazyTiny.Value;

    public static EntityModel Train(int seed)
    {
        var options = new EntityTrainerOptions { Epochs = 8, Seed = seed, MinFeatureCount = 1 };
        options.LabelMap["PER"] = "PERSON";
        options.Gazetteers.Add(new EntityGazetteer("places", ["Kazan", "Omsk", "Tomsk", "Lake Baikal"]));
        return new EntityRecognizerTrainer(options).Train(EntityDataReader.Read(TinyTrainingPath));
    }

    public static byte[] Bytes(EntityModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
