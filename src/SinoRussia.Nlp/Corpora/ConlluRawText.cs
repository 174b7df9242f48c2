using System.Text;

namespace SinoRussia.Nlp.Corpora;

/// <summary>
/// The raw text of a CoNLL-U corpus rebuilt from its sentences, with the gold token, word and sentence spans over
/// it, as the CoNLL-2018 shared task scores segmentation.
/// </summary>
/// <remarks>
/// <para>Each sentence contributes its <c># text</c> (or, without one, its forms joined according to
/// <c>SpaceAfter=No</c>). Sentences of one paragraph are joined by a space; a new paragraph or document
/// (<c># newpar</c>, <c># newdoc</c>) starts after a blank line, as the UD <c>conllu_to_text</c> tool does.</para>
/// <para><see cref="Tokens"/> are surface tokens: a multiword token such as <c>don't</c> is one span.
/// <see cref="Words"/> splits a multiword token into its words where their forms spell the surface form
/// (<c>do</c> + <c>n't</c>), and keeps it whole otherwise.</para>
/// </remarks>
public sealed class ConlluRawText
{
    private ConlluRawText(string text, CharacterSpan[] tokens, CharacterSpan[] words, CharacterSpan[] sentences)
    {
        Text = text;
        Tokens = tokens;
        Words = words;
        Sentences = sentences;
    }

    /// <summary>Gets the rebuilt text.</summary>
    public string Text { get; }

    /// <summary>Gets the gold surface-token spans, in order.</summary>
    public IReadOnlyList<CharacterSpan> Tokens { get; }

    /// <summary>Gets the gold syntactic-word spans, in order.</summary>
    public IReadOnlyList<CharacterSpan> Words { get; }

    /// <summary>Gets the gold sentence spans (first token start to last token end), in order.</summary>
    public IReadOnlyList<CharacterSpan> Sentences { get; }

    /// <summary>Rebuilds the raw text of a CoNLL-U file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The text and its gold spans.</returns>
    /// <exception cref="ConlluFormatException">The file is malformed.</exception>
    public static ConlluRawText FromFile(string path) => Build(ConlluReader.ReadFile(path));

    /// <summary>Rebuilds the raw text of a sequence of sentences.</summary>
    /// <param name="sentences">Sentences in corpus order.</param>
    /// <returns>The text and its gold spans.</returns>
    public static ConlluRawText Build(IReadOnlyList<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var text = new StringBuilder();
        var tokens = new List<CharacterSpan>();
        var words = new List<CharacterSpan>();
        var sentenceSpans = new List<CharacterSpan>(sentences.Count);
        var starts = new List<int>();
        foreach (var sentence in sentences)
        {
            if (text.Length > 0)
            {
                text.Append(sentence.StartsParagraph ? "\n\n" : " ");
            }

            var offset = text.Length;
            var sentenceText = Align(sentence, starts);
            text.Append(sentenceText);
            for (var i = 0; i < sentence.Tokens.Count; i++)
            {
                var token = sentence.Tokens[i];
                var start = offset + starts[i];
                tokens.Add(new CharacterSpan(start, start + token.Form.Length));
                AddWords(token, start, words);
            }

            sentenceSpans.Add(new CharacterSpan(tokens[^sentence.Tokens.Count].Start, tokens[^1].End));
        }

        return new ConlluRawText(text.ToString(), [.. tokens], [.. words], [.. sentenceSpans]);
    }

    private static string Align(ConlluSentence sentence, List<int> starts)
    {
        starts.Clear();
        if (sentence.Text is { } text)
        {
            var position = 0;
            foreach (var token in sentence.Tokens)
            {
                while (position < text.Length && char.IsWhiteSpace(text[position]))
                {
                    position++;
                }

                if (string.CompareOrdinal(text, position, token.Form, 0, token.Form.Length) != 0)
                {
                    break;
                }

                starts.Add(position);
                position += token.Form.Length;
            }

            if (starts.Count == sentence.Tokens.Count && text.AsSpan(position).IsWhiteSpace())
            {
                return text[..position];
            }

            starts.Clear();
        }

        var built = new StringBuilder();
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            var token = sentence.Tokens[i];
            starts.Add(built.Length);
            built.Append(token.Form);
            if (token.SpaceAfter && i < sentence.Tokens.Count - 1)
            {
                built.Append(' ');
            }
        }

        return built.ToString();
    }

    private static void AddWords(ConlluToken token, int start, List<CharacterSpan> words)
    {
        if (token.IsMultiword && string.Concat(token.Words) == token.Form)
        {
            foreach (var word in token.Words)
            {
                if (word.Length > 0)
                {
                    words.Add(new CharacterSpan(start, start + word.Length));
                    start += word.Length;
                }
            }

            return;
        }

        words.Add(new CharacterSpan(start, start + token.Form.Length));
    }
}
