using Alliance.ServiceDefaults.Input;

namespace Alliance.ServiceDefaults.Tests.Input;

public sealed class FieldNamesTests
{
    [Theory]
    [InlineData("$.amount", "amount")]
    [InlineData("$.Amount", "amount")]
    [InlineData("$.AMOUNT", "amount")]
    [InlineData("$.roles[0]", "roles[0]")]
    [InlineData("$.period.Start", "period.start")]
    [InlineData("$.rows[2].Name", "rows[2].name")]
    [InlineData("$['odd name']", "['odd name']")]
    [InlineData("$[1]", "[1]")]
    [InlineData("$", "$")]
    [InlineData("", "$")]
    [InlineData(null, "$")]
    [InlineData("amount", "$")]
    public void FromJsonPath_Path_IsTheCamelCaseField(string? path, string expected) => Assert.Equal(expected, FieldNames.FromJsonPath(path));

    [Fact]
    public void FromJsonPath_PathLongerThanAnyOfOurs_IsTheBody() =>
        Assert.Equal("$", FieldNames.FromJsonPath("$." + new string('x', 10_000)));

    [Theory]
    [InlineData("Amount", "amount")]
    [InlineData("YearInPhase", "yearInPhase")]
    [InlineData("Period.Start", "period.start")]
    [InlineData("Roles[0]", "roles[0]")]
    [InlineData("counterpartyName", "counterpartyName")]
    [InlineData("$", "$")]
    public void CamelCase_FieldOfOurs_IsCamelCase(string field, string expected) => Assert.Equal(expected, FieldNames.CamelCase(field));
}
