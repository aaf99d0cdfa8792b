using System.Globalization;
using Alliance.Reporting.Api.Documents.Fonts;
using Alliance.Reporting.Api.Documents.Pdf;
using Alliance.Reporting.Domain.Summary;
using PdfSharp.Pdf;

namespace Alliance.Reporting.Api.Documents;

/// <summary>
/// The summary table as an A4 PDF an officer files with the mid-term report: the title, the alliance and its round, the
/// table (amounts in 仟元, the firm members' breakdown written out), the two narratives, the submission, and on every page
/// its number and when the document was made. The programme's title only: no ministry name or emblem.
/// </summary>
public static class SummaryPdf
{
    public const string ContentType = "application/pdf";

    private static readonly (string Header, double Share)[] Columns =
        [("指標", 0.23), ("目標值", 0.16), ("實際達成值", 0.16), ("簡要差異分析", 0.29), ("上年度執行成果", 0.16)];

    public static byte[] Render(SummaryDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        DocumentFonts.EnsureRegistered();
        var title = DocumentText.Title(document.Year, document.View);
        using var pdf = new PdfDocument();
        pdf.Info.Title = $"{document.AllianceCode} {title}";
        using var writer = new PdfPageWriter(pdf);
        var (titleFont, textFont, tableFont, headingFont) = (PdfPageWriter.Font(14), PdfPageWriter.Font(9.5), PdfPageWriter.Font(8.5), PdfPageWriter.Font(11));
        var table = new PdfTable(writer, Columns, tableFont);
        var inTable = false;
        writer.Continued = page =>
        {
            page.Paragraph([$"{document.AllianceCode} {title}（續）"], tableFont);
            page.Y += 4;
            if (inTable)
            {
                table.Header();
            }
        };

        writer.NewPage();
        writer.Text(title, titleFont, writer.Left + ((writer.Width - writer.Measure(title, titleFont)) / 2), writer.Y);
        writer.Y += PdfPageWriter.LineHeight(titleFont) + 6;
        foreach (var line in Heading(document))
        {
            writer.Paragraph(LineBreaker.Wrap(line, writer.Width, s => writer.Measure(s, textFont)), textFont);
        }

        writer.Y += 6;
        table.Header();
        inTable = true;
        foreach (var row in document.Rows)
        {
            table.Row(RowOf(table, row));
        }

        inTable = false;
        Narrative(writer, "產業效益", document.IndustryBenefits, headingFont, textFont);
        Narrative(writer, "學界效益", document.AcademicBenefits, headingFont, textFont);
        var generated = DocumentText.Time(document.GeneratedAt);
        writer.Footers((page, pages) => string.Create(CultureInfo.InvariantCulture, $"第 {page} 頁／共 {pages} 頁　　產製時間：{generated}"), tableFont);

        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static IEnumerable<string> Heading(SummaryDocument d)
    {
        yield return $"計畫編號：{d.AllianceCode}　聯盟名稱：{d.AllianceName}";
        yield return $"執行單位：{d.HostInstitution}　計畫主持人：{d.PiName}";
        yield return $"填報期別：{d.Year}年度 {d.RoundName}（{d.RoundId}）　統計期間：{DocumentText.Date(d.Period.Start)}–{DocumentText.Date(d.Period.End)}";
        yield return d.Submission is { } s
            ? string.Create(CultureInfo.InvariantCulture, $"確認送出：{DocumentText.Time(s.SubmittedAt)}　版本：第 {s.Version} 版{(s.Late is { } late ? $"（逾期 {late.Days} 天）" : "")}")
            : "確認送出：尚未送出";
        yield return DocumentText.AmountNote;
    }

    private static PdfTableRow RowOf(PdfTable table, SummaryDocumentRow row)
    {
        IReadOnlyList<string>[] cells =
        [
            table.Wrap(DocumentText.Label(row.Kpi, thousands: true), 0),
            [.. DocumentText.Cell(row.Kpi, row.Target).SelectMany(line => table.Wrap(line, 1))],
            [.. DocumentText.Cell(row.Kpi, row.Actual).SelectMany(line => table.Wrap(line, 2))],
            table.Wrap(row.Variance ?? "", 3),
            [.. DocumentText.Cell(row.Kpi, row.LastYear).SelectMany(line => table.Wrap(line, 4))],
        ];
        var spanning = row.Kpi != SummaryKpi.FirmMembers ? [] : new[] { ("目標值", row.Target), ("實際達成值", row.Actual), ("上年度執行成果", row.LastYear) }
            .Where(f => DocumentText.Breakdown(f.Item2).Count > 0)
            .SelectMany(f => table.Wrap(DocumentText.Breakdown(f.Item2).Select(item => item + " ").Prepend($"{f.Item1}："), column: null))
            .ToArray();
        return new PdfTableRow(cells, spanning);
    }

    private static void Narrative(PdfPageWriter writer, string heading, string? text, PdfSharp.Drawing.XFont headingFont, PdfSharp.Drawing.XFont textFont)
    {
        writer.Y += 8;
        writer.Reserve(PdfPageWriter.LineHeight(headingFont) + (2 * PdfPageWriter.LineHeight(textFont)));
        writer.Paragraph([heading], headingFont);
        var body = string.IsNullOrWhiteSpace(text) ? "（尚未填寫）" : text;
        writer.Paragraph(LineBreaker.Wrap(body, writer.Width - 12, s => writer.Measure(s, textFont)), textFont, indent: 12);
    }
}
