using System.Text.Json;
using SinoRussia.Nlp.Documents;

namespace SinoRussia.Nlp.Serialization;

/// <summary>
/// Writes a <see cref="Document"/> as JSON in the stable shape of the sample app's output contract:
/// <c>source</c>, <c>entities</c>, <c>sentences</c>, <c>paragraphs</c> (with their stance) and <c>stance</c>.
/// Offsets are UTF-16 indices into the document text, end exclusive.
/// </summary>
public static class DocumentJsonWriter
{
    /// <summary>Writes one document as a JSON object.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="document">The document.</param>
    /// <param name="source">The document's source name (such as its file name), or <see langword="null"/> to omit it.</param>
    /// <param name="includeTokens">Also write the tokens (start, end, kind).</param>
    public static void Write(Utf8JsonWriter writer, Document document, string? source, bool includeTokens = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartObject();
        if (source is not null)
        {
            writer.WriteString("source", source);
        }

        if (includeTokens)
        {
            writer.WriteStartArray("tokens");
            foreach (var token in document.Tokens)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", token.Start);
                writer.WriteNumber("end", token.End);
                writer.WriteString("kind", KindName(token.Kind));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("entities");
        foreach (var entity in document.Entities)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", entity.Start);
            writer.WriteNumber("end", entity.End);
            writer.WriteString("label", entity.Label);
            writer.WriteString("text", entity.AsSpan());
            writer.WriteNumber("score", Math.Round(entity.Score, 4));
            if (entity.CanonicalId is { } canonical)
            {
                writer.WriteString("canonical", canonical);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("sentences");
        foreach (var sentence in document.Sentences)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", sentence.Start);
            writer.WriteNumber("end", sentence.End);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("paragraphs");
        foreach (var paragraph in document.Paragraphs)
        {
            writer.WriteStartObject();
            writer.WriteNumber("index", paragraph.Index);
            writer.WriteNumber("start", paragraph.Start);
            writer.WriteNumber("end", paragraph.End);
            if (document.GetParagraphStance(paragraph.Index) is { } paragraphStance)
            {
                writer.WritePropertyName("stance");
                WriteStance(writer, paragraphStance);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        if (document.Stance is { } stance)
        {
            writer.WritePropertyName("stance");
            WriteStance(writer, stance);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a stance judgement as <c>{"label": …, "scores": {…}, "evidence": [...]}</c>.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="stance">The judgement.</param>
    public static void WriteStance(Utf8JsonWriter writer, StanceJudgement stance)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(stance);
        writer.WriteStartObject();
        writer.WriteString("label", stance.Label);
        writer.WriteStartObject("scores");
        foreach (var (label, score) in stance.Scores.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteNumber(label, Math.Round(score, 4));
        }

        writer.WriteEndObject();
        if (stance.Evidence.Count > 0)
        {
            writer.WriteStartArray("evidence");
            foreach (var evidence in stance.Evidence)
            {
                writer.WriteStartObject();
                writer.WriteString("phrase", evidence.Phrase);
                writer.WriteString("label", evidence.Label);
                writer.WriteNumber("weight", Math.Round(evidence.Weight, 4));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>Gets the lower-case JSON name of a token kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>For example <c>word</c> or <c>url</c>.</returns>
    public static string KindName(TokenKind kind) => kind switch
    {
        TokenKind.Word => "word",
        TokenKind.Number => "number",
        TokenKind.Punctuation => "punctuation",
        TokenKind.Symbol => "symbol",
        TokenKind.Url => "url",
        TokenKind.Email => "email",
        TokenKind.Emoji => "emoji",
        TokenKind.FootnoteMarker => "footnote",
        TokenKind.Tag => "tag",
        _ => "other",
    };
}
