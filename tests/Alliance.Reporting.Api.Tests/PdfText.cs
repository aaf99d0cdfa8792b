using System.Diagnostics;

namespace Alliance.Reporting.Api.Tests;

/// <summary>The text of a PDF as poppler's <c>pdftotext -layout</c> reads it (Debian's poppler-utils; scripts/prerequisites.sh installs it for tests).</summary>
internal static class PdfText
{
    public static async Task<string> ReadAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"summary-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf, TestContext.Current.CancellationToken);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }) ?? throw new InvalidOperationException("pdftotext did not start.");
            var text = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var errors = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            return process.ExitCode == 0 ? text : throw new InvalidOperationException($"pdftotext failed ({process.ExitCode}): {errors}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The text with every run of white space (line ends included) one space, for sentences that wrap.</summary>
    public static string Flattened(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The pages, split where pdftotext puts a form feed.</summary>
    public static string[] Pages(string text) => text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToArray();
}
