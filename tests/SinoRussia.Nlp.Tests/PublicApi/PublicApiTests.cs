using PublicApiGenerator;
using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Tests.TestSupport;

namespace SinoRussia.Nlp.Tests.PublicApi;

public class PublicApiTests
{
    [Fact]
    public void The_public_API_matches_the_approved_file()
    {
        var api = typeof(Document).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"] });

        ApprovedFile.Verify("tests/SinoRussia.Nlp.Tests/PublicApi/SinoRussia.Nlp.approved.txt", api);
    }
}
