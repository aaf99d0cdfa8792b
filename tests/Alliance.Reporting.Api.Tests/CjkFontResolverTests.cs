using Alliance.Reporting.Api.Documents.Fonts;

namespace Alliance.Reporting.Api.Tests;

public sealed class CjkFontResolverTests
{
    [Fact]
    public void Load_NoCandidateInstalled_NamesThePackagesToInstall()
    {
        var thrown = Assert.Throws<InvalidOperationException>(() => CjkFontResolver.Load([new("/nonexistent/a.ttc", 0, "fonts-a"), new("/nonexistent/b.ttc", 1, "fonts-b")]));

        Assert.Contains("fonts-a, fonts-b", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FirstCandidateMissing_TakesTheNextInstalled()
    {
        var uming = CjkFontResolver.Candidates[1];

        var font = CjkFontResolver.Load([new("/nonexistent/a.ttc", 0, "fonts-a"), uming]);

        Assert.Equal(TrueTypeCollection.ExtractFace(File.ReadAllBytes(uming.Path), uming.Index), font);
    }

    [Fact]
    public void GetFont_AnyFamilyAnyStyle_OneFaceExtractedOnce()
    {
        var resolver = new CjkFontResolver(CjkFontResolver.Candidates);

        var regular = resolver.ResolveTypeface(CjkFontResolver.Family, bold: false, italic: false);
        var boldItalic = resolver.ResolveTypeface("Arial", bold: true, italic: true);

        Assert.Equal(regular.FaceName, boldItalic.FaceName);
        Assert.Same(resolver.GetFont(regular.FaceName), resolver.GetFont(boldItalic.FaceName));
    }
}
