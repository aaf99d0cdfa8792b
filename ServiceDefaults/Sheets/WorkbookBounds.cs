using System.IO.Compression;
using System.Xml;

namespace Alliance.ServiceDefaults.Sheets;

/// <summary>Which bound an uploaded workbook broke, with the bound and what was found (0 when it was not counted to the end).</summary>
public sealed record WorkbookProblem(WorkbookBound Bound, long Limit, long Found);

public enum WorkbookBound
{
    /// <summary>Not a zip archive.</summary>
    NotAWorkbook,

    /// <summary>More parts (zip entries) than <see cref="WorkbookBounds.MaxEntries"/>.</summary>
    Entries,

    /// <summary>More bytes once unpacked than <see cref="WorkbookBounds.MaxUnpackedBytes"/>.</summary>
    UnpackedSize,

    /// <summary>A cell, or the sheet's stated dimension, beyond column <see cref="WorkbookBounds.MaxColumns"/>.</summary>
    Columns,

    /// <summary>A row, or the sheet's stated dimension, beyond row <see cref="WorkbookBounds.MaxRows"/>.</summary>
    Rows,

    /// <summary>Rows times columns, every cell a reader fills in, beyond <see cref="WorkbookBounds.MaxCells"/>.</summary>
    Cells,

    /// <summary>A part whose XML is not well-formed, or declares a DTD, which no workbook needs.</summary>
    Xml,
}

/// <summary>
/// Bounds an uploaded .xlsx before a spreadsheet reader opens it. A reader fills in every cell from A1
/// to the furthest row and column a sheet names, so one cell in column XFD makes each row 16,384
/// cells: minutes of work for a 10 KB file. This reads the archive once, as a stream, and stops at the
/// first bound broken. The bounds are far beyond any real member sheet (the import template has 11
/// columns, the export 16; a 5,000-row sheet is about 2 MB unpacked).
/// </summary>
public static partial class WorkbookBounds
{
    public const int MaxEntries = 1_000;
    public const long MaxUnpackedBytes = 256L * 1024 * 1024;
    /// <summary>Column CV.</summary>
    public const int MaxColumns = 100;
    /// <summary>The header row and 100,000 rows below it.</summary>
    public const int MaxRows = 100_001;
    public const long MaxCells = 2_000_000;

    private static readonly HashSet<string> SheetNamespaces =
        ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"];

    /// <summary>
    /// The first bound <paramref name="xlsx"/> breaks, or null when it keeps them all. Every XML part is
    /// read (whichever part the workbook names as a sheet), so a DTD anywhere is found. The stream is
    /// left at its start.
    /// </summary>
    /// <exception cref="OperationCanceledException">the caller has gone</exception>
    public static WorkbookProblem? Check(Stream xlsx, CancellationToken cancellationToken)
    {
        try
        {
            using var archive = new ZipArchive(xlsx, ZipArchiveMode.Read, leaveOpen: true);
            return Check(archive, cancellationToken);
        }
        catch (Exception unreadable) when (unreadable is InvalidDataException or NotSupportedException)
        {
            // Not a zip archive, or one packed in a way no spreadsheet program writes.
            return new WorkbookProblem(WorkbookBound.NotAWorkbook, 0, 0);
        }
        catch (BoundBroken broken)
        {
            return broken.Problem;
        }
        catch (XmlException)
        {
            return new WorkbookProblem(WorkbookBound.Xml, 0, 0);
        }
        finally
        {
            xlsx.Position = 0;
        }
    }

    private static WorkbookProblem? Check(ZipArchive archive, CancellationToken cancellationToken)
    {
        if (archive.Entries.Count > MaxEntries)
        {
            return new WorkbookProblem(WorkbookBound.Entries, MaxEntries, archive.Entries.Count);
        }

        var budget = new UnpackedBudget();
        foreach (var entry in archive.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The stated size may lie; the budget counts what is actually unpacked.
            budget.Require(entry.Length);
            using var stream = new CountingStream(entry.Open(), budget);
            if (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                ScanXml(stream, cancellationToken);
            }
            else
            {
                stream.CopyTo(Stream.Null);
            }
        }

        return null;
    }

    /// <summary>Reads a part to its end; in spreadsheet parts, follows the furthest row and column named.</summary>
    private static void ScanXml(Stream part, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true };
        using var reader = XmlReader.Create(part, settings);
        var extent = new Extent();
        var row = 0L;
        var column = 0L;
        var read = 0;
        while (reader.Read())
        {
            if (++read % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (reader.NodeType != XmlNodeType.Element || !SheetNamespaces.Contains(reader.NamespaceURI))
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "dimension" when reader.GetAttribute("ref") is { } range:
                    foreach (var corner in range.Split(':'))
                    {
                        var (cornerRow, cornerColumn) = CellReference(corner);
                        extent.Include(cornerRow, cornerColumn);
                    }

                    break;
                case "row":
                    // A row without a number follows the one before it.
                    row = reader.GetAttribute("r") is { } number ? Number(number) : row + 1;
                    column = 0;
                    extent.Include(row, 0);
                    break;
                case "c":
                    if (reader.GetAttribute("r") is { } reference)
                    {
                        var (cellRow, cellColumn) = CellReference(reference);
                        (row, column) = (cellRow > 0 ? cellRow : row, cellColumn);
                    }
                    else
                    {
                        column++;
                    }

                    extent.Include(row, column);
                    break;
            }
        }
    }

    /// <summary>The row and column of a reference such as XFD50, $B$2 or B (a whole column: row 0).</summary>
    private static (long Row, long Column) CellReference(string reference)
    {
        var text = reference.Replace("$", "", StringComparison.Ordinal).Trim();
        var letters = 0;
        var column = 0L;
        while (letters < text.Length && char.IsAsciiLetter(text[letters]))
        {
            // Past three letters (XFD) it is beyond any bound; stop counting before it overflows.
            column = Math.Min(column * 26 + (char.ToUpperInvariant(text[letters]) - 'A' + 1), long.MaxValue / 32);
            letters++;
        }

        return (letters == text.Length ? 0 : Number(text[letters..]), column);
    }

    private static long Number(string text) =>
        long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : text.All(char.IsAsciiDigit) && text.Length > 0 ? long.MaxValue : throw new XmlException($"'{text}' is not a row number.");

    /// <summary>The furthest row and column seen in one part; breaks a bound as soon as it is passed.</summary>
    private sealed class Extent
    {
        private long _rows;
        private long _columns;

        public void Include(long row, long column)
        {
            if (row > MaxRows)
            {
                throw new BoundBroken(new WorkbookProblem(WorkbookBound.Rows, MaxRows, row));
            }

            if (column > MaxColumns)
            {
                throw new BoundBroken(new WorkbookProblem(WorkbookBound.Columns, MaxColumns, column));
            }

            (_rows, _columns) = (Math.Max(_rows, row), Math.Max(_columns, column));
            if (_rows * _columns > MaxCells)
            {
                throw new BoundBroken(new WorkbookProblem(WorkbookBound.Cells, MaxCells, _rows * _columns));
            }
        }
    }
}
