using Alliance.Reporting.Api.Documents.Fonts;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Alliance.Reporting.Api.Documents.Pdf;

/// <summary>
/// Writes A4 pages top to bottom: a cursor (<see cref="Y"/>) that moves down as things are drawn, a new page when the
/// next thing does not fit, and, once the number of pages is known, a footer on each.
/// </summary>
internal sealed class PdfPageWriter(PdfDocument pdf) : IDisposable
{
    public const double Margin = 42;
    private const double FooterHeight = 24;

    private readonly Dictionary<(double Size, char Character), double> advances = [];
    private XGraphics? graphics;
    private PdfPage? page;

    public static XFont Font(double size) => new(CjkFontResolver.Family, size, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    /// <summary>Called on every page after the first, before anything else is drawn on it (a running head, a table's header row).</summary>
    public Action<PdfPageWriter>? Continued { get; set; }

    public double Y { get; set; }

    public double Left => Margin;

    public double Width => Page.Width.Point - (2 * Margin);

    public double Bottom => Page.Height.Point - Margin - FooterHeight;

    public XGraphics Graphics => graphics ?? throw new InvalidOperationException("No page is open.");

    private PdfPage Page => page ?? throw new InvalidOperationException("No page is open.");

    public void NewPage()
    {
        var first = page is null;
        graphics?.Dispose();
        page = pdf.AddPage();
        page.Size = PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        Y = Margin;
        if (!first)
        {
            Continued?.Invoke(this);
        }
    }

    /// <summary>Moves to a new page unless <paramref name="height"/> fits below the cursor.</summary>
    public void Reserve(double height)
    {
        if (Y + height > Bottom)
        {
            NewPage();
        }
    }

    /// <summary>
    /// A text's width: the sum of its characters' advances, each measured once per font size (PDFsharp applies no
    /// kerning, so the sum is the string's width; measuring whole strings as lines grow made wrapping the slow part).
    /// </summary>
    public double Measure(string text, XFont font)
    {
        var width = 0.0;
        foreach (var c in text)
        {
            if (!advances.TryGetValue((font.Size, c), out var advance))
            {
                advance = Graphics.MeasureString(c.ToString(), font).Width;
                advances[(font.Size, c)] = advance;
            }

            width += advance;
        }

        return width;
    }

    public void Text(string text, XFont font, double x, double y) => Graphics.DrawString(text, font, XBrushes.Black, x, y, XStringFormats.TopLeft);

    /// <summary>Lines of text across the page's width, each moving the cursor down; a line that does not fit starts a new page.</summary>
    public void Paragraph(IEnumerable<string> lines, XFont font, double indent = 0)
    {
        var height = LineHeight(font);
        foreach (var line in lines)
        {
            Reserve(height);
            Text(line, font, Left + indent, Y);
            Y += height;
        }
    }

    public static double LineHeight(XFont font) => font.Size * 1.4;

    /// <summary>Draws <paramref name="footer"/>(page, pages) at the foot of every page, centred, once all are written.</summary>
    public void Footers(Func<int, int, string> footer, XFont font)
    {
        graphics?.Dispose();
        graphics = null;
        for (var i = 0; i < pdf.PageCount; i++)
        {
            var each = pdf.Pages[i];
            using var foot = XGraphics.FromPdfPage(each, XGraphicsPdfPageOptions.Append);
            var text = footer(i + 1, pdf.PageCount);
            var width = foot.MeasureString(text, font).Width;
            foot.DrawString(text, font, XBrushes.Black, (each.Width.Point - width) / 2, each.Height.Point - Margin - (FooterHeight / 2), XStringFormats.TopLeft);
        }
    }

    public void Dispose() => graphics?.Dispose();
}
