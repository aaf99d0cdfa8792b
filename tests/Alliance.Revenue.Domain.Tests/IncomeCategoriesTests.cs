using static Alliance.Revenue.Domain.IncomeCategory;

namespace Alliance.Revenue.Domain.Tests;

public sealed class IncomeCategoriesTests
{
    // DOMAIN.md's formula: cooperation counts 30 %; fees, services and other income are recurring.
    public static TheoryData<IncomeCategory, decimal, bool> Cases => new()
    {
        { MembershipFee, 1m, true },
        { TechnicalService, 1m, true },
        { TechnologyTransfer, 1m, false },
        { IndustryAcademiaCooperation, 0.3m, false },
        { Other, 1m, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Of_Category_GivesItsWeightAndWhetherItRecurs(IncomeCategory category, decimal weight, bool recurring) =>
        Assert.Equal((weight, recurring), (IncomeCategories.Of(category).OperatingRevenueWeight, IncomeCategories.Of(category).Recurring));

    [Fact]
    public void All_EveryCategoryOnceInTheProgrammesOrder() =>
        Assert.Equal(Enum.GetValues<IncomeCategory>(), IncomeCategories.All.Select(terms => terms.Category));

    [Theory]
    [InlineData(MembershipFee)]
    [InlineData(TechnicalService)]
    [InlineData(TechnologyTransfer)]
    [InlineData(IndustryAcademiaCooperation)]
    public void NaturesOf_CategoryOtherThanOther_HasNone(IncomeCategory category) => Assert.Empty(IncomeCategories.NaturesOf(category));

    // DOMAIN.md: four natures may be recorded; four never count but are offered, so the refusal can say why.
    [Fact]
    public void NaturesOf_Other_EveryNatureOnceCountedOnesFirst() =>
        Assert.Equal(
            [IncomeNature.SeminarFee, IncomeNature.CourseFee, IncomeNature.CashDonation, IncomeNature.Other,
             IncomeNature.UniversityIncentive, IncomeNature.UniversityEquipment, IncomeNature.DonatedEquipment, IncomeNature.MinistrySubsidy],
            IncomeCategories.NaturesOf(Other));

    // An amount at a full weight keeps how it is written (300000.00 stays 300000.00, not 300000.000).
    [Fact]
    public void Compute_FullWeight_KeepsTheAmountsScale() =>
        Assert.Equal("300000.00", OperatingRevenue.Compute(new CategoryTotals(0m, 0m, 300_000.00m, 0m, 0m), null).OperatingRevenue.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
