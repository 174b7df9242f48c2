using SinoRussia.Nlp.Entities;
using SinoRussia.Nlp.Entities.Models;
using SinoRussia.Nlp.Entities.Training;

namespace SinoRussia.Nlp.Tests.Entities;

public class EntityTrainingTests
{
    [Fact]
    public void Training_twice_with_the_same_data_and_seed_gives_byte_identical_models()
    {
        var first = EntityModelFixtures.Bytes(EntityModelFixtures.Train(3));
        var second = EntityModelFixtures.Bytes(EntityModelFixtures.Train(3));
        second.Should().Equal(first);
    }

    [Fact]
    public void A_trained_model_reproduces_its_training_entities()
    {
        var options = new EntityRecognizerOptions { Model = EntityModelFixtures.Tiny(), UseNumericRules = false, UseNameRules = false, SplitLocations = false };
        options.Ruler.UseDefaultPatterns = false;
        var document = EntityTestDocuments.FromTokens("Li", "Wei", "flew", "from", "Harbin", "to", "Irkutsk", ".");
        new EntityRecognizer(options).Process(document);
        EntityTestDocuments.Entities(document).Should().Equal(("Li Wei", "PERSON"), ("Harbin", "LOC"), ("Irkutsk", "LOC"));
        document.Entities.Should().OnlyContain(e => e.Score > 0f && e.Score <= 1f);
    }

    [Fact]
    public void A_saved_and_reloaded_model_predicts_the_same_entities()
    {
        var model = EntityModelFixtures.Tiny();
        var path = Path.GetTempFileName();
        try
        {
            model.Save(path);
            var loaded = EntityModel.Load(path);
            EntityModelFixtures.Bytes(loaded).Should().Equal(EntityModelFixtures.Bytes(model));
            loaded.Labels.Should().Equal(model.Labels);
            var a = EntityTestDocuments.FromTokens("Oleg", "Ivanov", "moved", "to", "Omsk", ".");
            var b = EntityTestDocuments.FromTokens("Oleg", "Ivanov", "moved", "to", "Omsk", ".");
            Recognizer(model).Process(a);
            Recognizer(loaded).Process(b);
            b.Entities.Select(e => (e.Start, e.End, e.Label, e.Score)).Should().Equal(a.Entities.Select(e => (e.Start, e.End, e.Label, e.Score)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_empty_training_set_is_a_clear_error()
    {
        var act = () => new EntityRecognizerTrainer().Train([]);
        act.Should().Throw<TrainingDataException>().WithMessage("*empty*");
    }

    [Fact]
    public void A_training_set_without_entities_is_a_clear_error()
    {
        var act = () => new EntityRecognizerTrainer().Train([new AnnotatedSentence(["No", "names", "here"], [], "none.jsonl", 1)]);
        act.Should().Throw<TrainingDataException>().WithMessage("none.jsonl: *no entities*");
    }

    [Fact]
    public void Progress_is_reported_once_per_epoch()
    {
        var reports = new List<EntityTrainingProgress>();
        var options = new EntityTrainerOptions { Epochs = 3, Progress = new Collector(reports) };
        new EntityRecognizerTrainer(options).Train(EntityDataReader.Read(EntityModelFixtures.TinyTrainingPath));
        reports.Select(r => r.Epoch).Should().Equal(1, 2, 3);
    }

    private static EntityRecognizer Recognizer(EntityModel model)
    {
        var options = new EntityRecognizerOptions { Model = model, UseNumericRules = false, UseNameRules = false };
        options.Ruler.UseDefaultPatterns = false;
        return new EntityRecognizer(options);
    }

    private sealed class Collector(List<EntityTrainingProgress> reports) : IProgress<EntityTrainingProgress>
    {
        public void Report(EntityTrainingProgress value) => reports.Add(value);
    }
}
