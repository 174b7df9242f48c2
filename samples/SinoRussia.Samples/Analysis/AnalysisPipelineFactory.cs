using SinoRussia.Nlp.Entities;
using SinoRussia.Nlp.Pipeline;
using SinoRussia.Nlp.Segmentation;
using SinoRussia.Nlp.Tokenization;

namespace SinoRussia.Samples.Analysis;

/// <summary>Builds the pipeline <c>analyze</c> runs: tokens, paragraphs, sentences, entities and stance, with the embedded default models.</summary>
internal static class AnalysisPipelineFactory
{
    public static NlpPipeline CreateDefault() =>
        new NlpPipelineBuilder()
            .AddTokenizer()
            .AddParagraphSplitter()
            .AddSentenceSplitter()
            .AddEntityRecognizer()
            .AddStanceClassifier()
            .Build();
}
