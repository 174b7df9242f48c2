using System.Text;
using SinoRussia.Nlp.Entities.Tagging;

namespace SinoRussia.Nlp.Tests.Entities;

public class LexiconTests
{
    [Fact]
    public void Ids_are_dense_in_order_of_addition_and_survive_growth_past_the_initial_capacity()
    {
        var lexicon = new Lexicon(capacity: 4, charCapacity: 8);
        var words = Enumerable.Range(0, 5_000).Select(i => $"w{i}").ToArray();

        var ids = words.Select(w => lexicon.GetOrAdd(w)).ToArray();

        ids.Should().Equal(Enumerable.Range(0, words.Length));
        lexicon.Count.Should().Be(words.Length);
        words.Select(w => lexicon.Find(w)).Should().Equal(ids);
        lexicon[4_321].Should().Be("w4321");
        lexicon.Text(17).ToString().Should().Be("w17");
    }

    [Fact]
    public void Adding_a_string_twice_returns_its_first_id_and_adds_nothing()
    {
        var lexicon = new Lexicon();
        lexicon.GetOrAdd("Moscow").Should().Be(0);
        lexicon.GetOrAdd("Beijing").Should().Be(1);

        lexicon.GetOrAdd("Moscow").Should().Be(0);
        lexicon.TryAdd("Beijing", out var id).Should().BeFalse();
        id.Should().Be(1);
        lexicon.TryAddUtf8("Moscow"u8, out id).Should().BeFalse();
        id.Should().Be(0);
        lexicon.Count.Should().Be(2);
    }

    [Fact]
    public void Lookups_are_exact_and_case_sensitive_and_unknown_strings_are_minus_one()
    {
        var lexicon = new Lexicon();
        lexicon.GetOrAdd("Apple");
        lexicon.GetOrAdd(string.Empty);

        lexicon.Find("apple").Should().Be(-1);
        lexicon.Find("Appl").Should().Be(-1);
        lexicon.Find("Apple").Should().Be(0);
        lexicon.Find(string.Empty).Should().Be(1);
    }

    [Fact]
    public void Utf8_strings_are_decoded_into_the_same_ids_as_their_text()
    {
        var lexicon = new Lexicon(capacity: 2, charCapacity: 1);
        foreach (var word in new[] { "Zürich", "Владивосток", "北京", "naïve" })
        {
            lexicon.TryAddUtf8(Encoding.UTF8.GetBytes(word), out _).Should().BeTrue();
        }

        lexicon.Find("Владивосток").Should().Be(1);
        lexicon[2].Should().Be("北京");
        lexicon.Find("naïve").Should().Be(3);
    }
}
