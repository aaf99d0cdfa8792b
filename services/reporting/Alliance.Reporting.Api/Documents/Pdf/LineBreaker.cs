using System.Text;

namespace Alliance.Reporting.Api.Documents.Pdf;

/// <summary>
/// Breaks text into lines no wider than a width. Chinese has no spaces, so a line may break before any CJK character;
/// other text breaks at spaces, and a word wider than the whole line breaks where it must.
/// </summary>
internal static class LineBreaker
{
    /// <summary>The text's lines, each paragraph (split at line feeds) starting a new line; an empty paragraph is an empty line.</summary>
    public static IReadOnlyList<string> Wrap(string text, double width, Func<string, double> measure)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.ReplaceLineEndings("\n").Split('\n').SelectMany(paragraph => paragraph.Length == 0 ? [""] : Wrap(Units(paragraph), width, measure)).ToArray();
    }

    /// <summary>Lines of whole units, each unit kept on one line unless it is wider than a line by itself.</summary>
    public static IReadOnlyList<string> Wrap(IEnumerable<string> units, double width, Func<string, double> measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var unit in units)
        {
            if (line.Length > 0 && measure(line + unit.TrimEnd()) > width)
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
            }

            var piece = line.Length == 0 ? unit.TrimStart() : unit;
            if (line.Length == 0 && measure(piece.TrimEnd()) > width)
            {
                // Wider than a line by itself: as many characters as fit on each line.
                foreach (var c in piece)
                {
                    if (line.Length > 0 && measure(line.ToString() + c) > width)
                    {
                        lines.Add(line.ToString().TrimEnd());
                        line.Clear();
                    }

                    line.Append(c);
                }

                continue;
            }

            line.Append(piece);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString().TrimEnd());
        }

        return lines;
    }

    /// <summary>
    /// The places a line may break after: each CJK character alone, other runs with the spaces after them. Closing
    /// punctuation (，。、：）…) stays with what it closes, so no line starts with it.
    /// </summary>
    public static IReadOnlyList<string> Units(string text)
    {
        var units = new List<string>();
        var unit = new StringBuilder();
        foreach (var c in text)
        {
            if (unit.Length == 0 && units.Count > 0 && ClosingPunctuation.Contains(c))
            {
                units[^1] += c;
                continue;
            }

            if (unit.Length > 0 && (IsWide(c) || (unit[^1] == ' ' && c != ' ')))
            {
                units.Add(unit.ToString());
                unit.Clear();
            }

            unit.Append(c);
            if (IsWide(c))
            {
                units.Add(unit.ToString());
                unit.Clear();
            }
        }

        if (unit.Length > 0)
        {
            units.Add(unit.ToString());
        }

        return units;
    }

    private const string ClosingPunctuation = "，。、：；！？）」』】》〉…,.:;!?)";

    /// <summary>CJK ideographs, kana, hangul and the full-width forms and punctuation that go with them.</summary>
    private static bool IsWide(char c) => c is >= '\u2E80' and <= '\uD7FF' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFFEF';
}
