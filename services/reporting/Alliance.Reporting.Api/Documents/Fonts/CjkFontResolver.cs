using PdfSharp.Fonts;

namespace Alliance.Reporting.Api.Documents.Fonts;

/// <summary>A face the documents may use: a collection Debian installs and the index of the face in it.</summary>
/// <param name="Package">the Debian package that installs it, named in the error when none is found</param>
internal sealed record CjkFace(string Path, int Index, string Package);

/// <summary>
/// Gives PDFsharp the one CJK face every document is written in, whatever family it asks for: the first of
/// <see cref="Candidates"/> installed, extracted from its collection once and kept. Latin letters and digits come from
/// the same face (PDFsharp has no per-glyph fallback).
/// </summary>
internal sealed class CjkFontResolver(IReadOnlyList<CjkFace> candidates) : IFontResolver
{
    /// <summary>The family name the documents ask for.</summary>
    public const string Family = "Alliance CJK";

    private const string FaceName = "alliance-cjk";

    /// <summary>
    /// WenQuanYi Zen Hei (sans, face 0), then AR PL UMing TW (Traditional Chinese serif, face 2); both TrueType outlines,
    /// installed by scripts/prerequisites.sh. CFF-based faces (Noto Sans CJK) embed whole and lose their digits.
    /// </summary>
    public static readonly IReadOnlyList<CjkFace> Candidates =
    [
        new("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0, "fonts-wqy-zenhei"),
        new("/usr/share/fonts/truetype/arphic/uming.ttc", 2, "fonts-arphic-uming"),
    ];

    private readonly Lazy<byte[]> face = new(() => Load(candidates), LazyThreadSafetyMode.ExecutionAndPublication);

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(FaceName);

    public byte[] GetFont(string faceName) => face.Value;

    /// <summary>The first candidate installed, as a standalone font.</summary>
    /// <exception cref="InvalidOperationException">None is installed.</exception>
    public static byte[] Load(IReadOnlyList<CjkFace> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var found = candidates.FirstOrDefault(c => File.Exists(c.Path))
            ?? throw new InvalidOperationException(
                $"No CJK font for documents: install one of {string.Join(", ", candidates.Select(c => c.Package))} (scripts/prerequisites.sh does).");
        return TrueTypeCollection.ExtractFace(File.ReadAllBytes(found.Path), found.Index);
    }
}

/// <summary>PDFsharp's font resolver is process-wide and set once, before any font is used: the same instance every time.</summary>
internal static class DocumentFonts
{
    private static readonly CjkFontResolver Resolver = new(CjkFontResolver.Candidates);
    private static readonly Lock Gate = new();
    private static bool registered;

    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (!registered)
            {
                GlobalFontSettings.FontResolver = Resolver;
                registered = true;
            }
        }
    }
}
