using System.Text.Json;
using SinoRussia.Nlp.Entities.Training;

namespace SinoRussia.Samples.Entities;

/// <summary>Builds tagger gazetteers from the staged data folders (world-countries, GeoNames, WordNet instances).</summary>
internal static class StagedGazetteerLoader
{
    public static IReadOnlyList<EntityGazetteer> Load(string dataDirectory)
    {
        var people = new List<string>();
        var places = new List<string>();
        var organisations = new List<string>();
        var demonyms = new List<string>();

        var countries = Path.Combine(dataDirectory, "gazetteer-world-countries", "world_countries_gazetteer.tsv");
        foreach (var columns in Rows(countries))
        {
            switch (columns[1])
            {
                case "country_common_name" or "country_official_name" or "capital" or "region" or "subregion":
                    places.Add(columns[0]);
                    break;
                case "country_alt_spelling" when columns[0].Length > 3 && columns[0].All(c => c < 128):
                    places.Add(columns[0]);
                    break;
                case "demonym":
                    demonyms.Add(columns[0]);
                    break;
            }
        }

        foreach (var columns in Rows(Path.Combine(dataDirectory, "gazetteer-geonames", "cities15000.tsv")))
        {
            places.Add(columns[1]);
        }

        var admin1 = Path.Combine(dataDirectory, "gazetteer-geonames", "admin1.json");
        using (var json = JsonDocument.Parse(File.ReadAllText(admin1)))
        {
            foreach (var item in json.RootElement.EnumerateArray())
            {
                places.Add(item.GetProperty("name").GetString()!);
            }
        }

        foreach (var columns in Rows(Path.Combine(dataDirectory, "gazetteer-wordnet-instances", "wordnet30_instances.tsv")))
        {
            var name = columns[0];
            if (!name.Any(char.IsUpper))
            {
                continue;
            }

            switch (columns[3])
            {
                case "PER":
                    people.Add(name);
                    break;
                case "LOC":
                    places.Add(name);
                    break;
                case "ORG":
                    organisations.Add(name);
                    break;
            }
        }

        return
        [
            new EntityGazetteer("people", people),
            new EntityGazetteer("places", places),
            new EntityGazetteer("organisations", organisations),
            new EntityGazetteer("demonyms", demonyms),
        ];
    }

    /// <summary>Adds <paramref name="gazetteer"/>, or merges its phrases into the gazetteer of the same name already in the list.</summary>
    public static void AddOrMerge(IList<EntityGazetteer> gazetteers, EntityGazetteer gazetteer)
    {
        for (var i = 0; i < gazetteers.Count; i++)
        {
            if (gazetteers[i].Name == gazetteer.Name)
            {
                gazetteers[i] = new EntityGazetteer(gazetteer.Name, gazetteers[i].Phrases.Concat(gazetteer.Phrases));
                return;
            }
        }

        gazetteers.Add(gazetteer);
    }

    private static IEnumerable<string[]> Rows(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Gazetteer file not found: {path}", path);
        }

        return File.ReadLines(path).Skip(1).Select(l => l.Split('\t')).Where(c => c.Length >= 4 && c[0].Length > 0);
    }
}
