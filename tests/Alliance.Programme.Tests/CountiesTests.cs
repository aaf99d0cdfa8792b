namespace Alliance.Programme.Tests;

public sealed class CountiesTests
{
    [Fact]
    public void All_Has22DistinctNames() => Assert.Equal(22, Counties.All.Distinct().Count());

    [Fact]
    public void All_UsesCanonicalTai() => Assert.DoesNotContain(Counties.All, name => name.Contains('台'));

    public static TheoryData<string?, string?> NormaliseCases => new()
    {
        { "臺北市", "臺北市" },
        { "台北市", "臺北市" },
        { "台中市", "臺中市" },
        { "台南市", "臺南市" },
        { "台東縣", "臺東縣" },
        { " 新竹縣 ", "新竹縣" },
        { "金門縣", "金門縣" },
        { "臺北縣", null },
        { "台北", null },
        { "Taipei City", null },
        { "", null },
        { null, null },
    };

    [Theory]
    [MemberData(nameof(NormaliseCases))]
    public void Normalise_Name_ReturnsCanonicalOrNull(string? name, string? expected) =>
        Assert.Equal(expected, Counties.Normalise(name));

    [Fact]
    public void Normalise_EveryCanonicalName_IsItself() =>
        Assert.All(Counties.All, name => Assert.Equal(name, Counties.Normalise(name)));
}
