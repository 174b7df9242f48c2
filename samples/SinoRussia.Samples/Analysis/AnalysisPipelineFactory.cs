using SinoRussia.Nlp.Pipeline;

namespace SinoRussia.Samples.Analysis;

/// <summary>Builds the pipeline <c>analyze</c> runs: tokens, paragraphs, sentences, entities and stance.</summary>
internal static class AnalysisPipelineFactory
{
    // TODO(merge): the interim stages stand in until the tokenizer, ner and stance branches land; then this becomes
    // AddTokenizer().AddParagraphSplitter().AddSentenceSplitter().AddEntityRecognizer().AddStanceClassifier().
    public static NlpPipeline CreateDefault() =>
        new NlpPipelineBuilder()
            .Add(new InterimTextSegmenter())
            .Build();
}
