using System.Text.Json;
using Alliance.Gateway.Web.Reporting;

namespace Alliance.Gateway.Tests;

/// <summary>A round's texts as typed on the summary page: what is read into them and which of them a save sends.</summary>
public sealed class ReportTextsTests
{
    [Fact]
    public void From_SummaryAndNarratives_ReadsEachRowsTextAndBothNarratives_NoneAsEmpty()
    {
        var texts = ReportTexts.From(Summary(("firm-members", "新增一家"), ("patents", null)), Narratives("降低成本", "培育碩士生"));

        Assert.Equal(("新增一家", "", "降低成本", "培育碩士生"), (texts.VarianceOf("firm-members"), texts.VarianceOf("patents"), texts.Industry, texts.Academic));
        Assert.Equal("", texts.VarianceOf("new-hires"));
    }

    [Fact]
    public void From_NoNarrativesRead_StartsThemEmpty()
    {
        var texts = ReportTexts.From(Summary(("patents", "x")), null);

        Assert.Equal(("", ""), (texts.Industry, texts.Academic));
    }

    [Fact]
    public void VariancesChangedSince_TwoRowsTyped_NamesOnlyThoseInRowOrder()
    {
        var saved = ReportTexts.From(Summary(("firm-members", "a"), ("patents", "b"), ("new-hires", "c")), null);
        var typed = saved.Copy();
        typed.Variance["new-hires"] = "c2";
        typed.Variance["firm-members"] = "";

        Assert.Equal(["firm-members", "new-hires"], typed.VariancesChangedSince(saved));
        Assert.False(typed.NarrativesChangedSince(saved));
        Assert.False(typed.SameAs(saved));
    }

    [Theory]
    [InlineData("降低成本", "培育碩士生", false)]
    [InlineData("降低成本。", "培育碩士生", true)]
    [InlineData("降低成本", "", true)]
    public void NarrativesChangedSince_EitherNarrativeTyped_IsAChange(string industry, string academic, bool changed)
    {
        var saved = ReportTexts.From(Summary(("patents", null)), Narratives("降低成本", "培育碩士生"));
        var typed = saved.Copy();
        (typed.Industry, typed.Academic) = (industry, academic);

        Assert.Equal((changed, !changed), (typed.NarrativesChangedSince(saved), typed.SameAs(saved)));
    }

    [Fact]
    public void Copy_ChangedAfterwards_LeavesTheOriginalAsItWas()
    {
        var original = ReportTexts.From(Summary(("patents", "b")), Narratives("i", "a"));
        var copy = original.Copy();
        copy.Variance["patents"] = "changed";
        copy.Industry = "changed";

        Assert.Equal(("b", "i"), (original.VarianceOf("patents"), original.Industry));
    }

    private static SummaryRow Summary(params (string Kpi, string? Variance)[] rows) => new(
        Guid.NewGuid(), "108-kpi-1", "quarterly", "draft", 1,
        rows.Select(r => new SummaryLineRow(r.Kpi, null, JsonDocument.Parse("1").RootElement.Clone(), null, null, r.Variance, false)).ToArray());

    private static NarrativesRow Narratives(string industry, string academic) => new(Guid.NewGuid(), "108-kpi-1", industry, academic, "draft", 1);
}
