using PdfSharp.Drawing;

namespace Alliance.Reporting.Api.Documents.Pdf;

/// <summary>A row of the table: each column's lines, then lines that span every column but the first (a row's written-out parts).</summary>
internal sealed record PdfTableRow(IReadOnlyList<IReadOnlyList<string>> Cells, IReadOnlyList<string> Spanning);

/// <summary>
/// A ruled table drawn through a <see cref="PdfPageWriter"/>: a header row, then rows that move to the next page whole
/// when they fit on one, or are split line by line when they do not; the caller redraws the header on each new page.
/// </summary>
internal sealed class PdfTable(PdfPageWriter writer, IReadOnlyList<(string Header, double Share)> columns, XFont font)
{
    private const double Padding = 3;
    private static readonly XPen Rule = new(XColors.Black, 0.5);
    private static readonly XBrush HeaderShade = new XSolidBrush(XColor.FromGrayScale(0.9));

    private double LineHeight => PdfPageWriter.LineHeight(font);

    private double X(int column) => writer.Left + (writer.Width * columns.Take(column).Sum(c => c.Share));

    private double ColumnWidth(int column) => writer.Width * columns[column].Share;

    /// <summary>Text wrapped to a column's width, or to the width the spanning lines have when <paramref name="column"/> is null.</summary>
    public IReadOnlyList<string> Wrap(string text, int? column) =>
        LineBreaker.Wrap(text, Inner(column), s => writer.Measure(s, font));

    public IReadOnlyList<string> Wrap(IEnumerable<string> units, int? column) =>
        LineBreaker.Wrap(units, Inner(column), s => writer.Measure(s, font));

    public void Header()
    {
        var height = LineHeight + (2 * Padding);
        writer.Reserve(height + LineHeight);
        writer.Graphics.DrawRectangle(Rule, HeaderShade, writer.Left, writer.Y, writer.Width, height);
        for (var i = 0; i < columns.Count; i++)
        {
            writer.Graphics.DrawLine(Rule, X(i), writer.Y, X(i), writer.Y + height);
            writer.Text(columns[i].Header, font, X(i) + Padding, writer.Y + Padding);
        }

        writer.Y += height;
    }

    public void Row(PdfTableRow row)
    {
        var cellLines = row.Cells.Max(c => c.Count);
        var total = cellLines + row.Spanning.Count;
        var wholeRow = (total * LineHeight) + (2 * Padding);
        var slot = 0;
        while (slot < total)
        {
            var available = (int)Math.Floor((writer.Bottom - writer.Y - (2 * Padding)) / LineHeight);
            var roomOnAFreshPage = writer.Bottom - PdfPageWriter.Margin - (4 * LineHeight);
            if ((slot == 0 && available < total && wholeRow <= roomOnAFreshPage) || available < 1)
            {
                writer.NewPage();
                continue;
            }

            var take = Math.Min(available, total - slot);
            Fragment(row, cellLines, slot, take);
            slot += take;
        }
    }

    private void Fragment(PdfTableRow row, int cellLines, int from, int count)
    {
        var top = writer.Y;
        var height = (count * LineHeight) + (2 * Padding);
        var cellSlots = Math.Clamp(cellLines - from, 0, count);
        for (var slot = 0; slot < count; slot++)
        {
            var y = top + Padding + (slot * LineHeight);
            var at = from + slot;
            if (at < cellLines)
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    if (at < row.Cells[i].Count)
                    {
                        writer.Text(row.Cells[i][at], font, X(i) + Padding, y);
                    }
                }
            }
            else
            {
                writer.Text(row.Spanning[at - cellLines], font, X(1) + Padding, y);
            }
        }

        var g = writer.Graphics;
        g.DrawRectangle(Rule, writer.Left, top, writer.Width, height);
        // Every column's rule beside the cells; beside the spanning lines only the first column's.
        var cellsBottom = cellSlots == count ? top + height : top + Padding + (cellSlots * LineHeight);
        for (var i = 1; i < columns.Count; i++)
        {
            g.DrawLine(Rule, X(i), top, X(i), i == 1 ? top + height : cellsBottom);
        }

        if (cellSlots > 0 && cellSlots < count)
        {
            g.DrawLine(Rule, X(1), cellsBottom, writer.Left + writer.Width, cellsBottom);
        }

        writer.Y = top + height;
    }

    private double Inner(int? column) =>
        (column is { } c ? ColumnWidth(c) : writer.Left + writer.Width - X(1)) - (2 * Padding);
}
