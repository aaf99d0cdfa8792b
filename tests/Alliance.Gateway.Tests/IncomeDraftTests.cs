using Alliance.Gateway.Web.Revenue;

namespace Alliance.Gateway.Tests;

public sealed class IncomeDraftTests
{
    private static readonly Guid MemberId = Guid.Parse("6a1f0c7e-2b7d-4c1e-9a52-0d3f4e5a6b7c");

    public static TheoryData<string, IncomeFields> FieldsByCategory => new()
    {
        { "membership-fee", IncomeFields.None },
        { "technical-service", IncomeFields.None },
        { "technology-transfer", IncomeFields.SigningDate },
        { "industry-academia-cooperation", IncomeFields.SigningDate | IncomeFields.Period | IncomeFields.CoreTechnologyAndPi },
        { "other", IncomeFields.Nature | IncomeFields.NameOnlyCounterparty },
        { "unknown", IncomeFields.None },
    };

    [Theory]
    [MemberData(nameof(FieldsByCategory))]
    public void FieldsOf_Category_AsksForWhatTheCategoryNeeds(string category, IncomeFields expected) =>
        Assert.Equal(expected, IncomeCategories.FieldsOf(category));

    [Fact]
    public void Body_MemberPicked_SendsTheMemberAndNoTypedCounterparty()
    {
        var draft = new IncomeDraft
        {
            Category = "membership-fee", CounterpartyIsMember = true, CounterpartyMemberId = MemberId.ToString(),
            CounterpartyName = "left from typing", CounterpartyCounty = "臺北市", Date = new(2019, 5, 1), Amount = 60_000m,
        };

        var body = draft.Body(108);

        Assert.Equal(MemberId, body.CounterpartyMemberId);
        Assert.Null(body.CounterpartyName);
        Assert.Null(body.CounterpartyKind);
        Assert.Null(body.CounterpartyCounty);
        Assert.Equal(108, body.Year);
        Assert.Equal(60_000m, body.Amount);
    }

    [Fact]
    public void Body_TypedForeignCounterparty_SendsNoCountyAndNoMember()
    {
        var draft = new IncomeDraft
        {
            Category = "technical-service", CounterpartyIsMember = false, CounterpartyMemberId = MemberId.ToString(),
            CounterpartyName = "  Acme GmbH ", CounterpartyKind = "foreign-company", CounterpartyCounty = "臺北市",
        };

        var body = draft.Body(108);

        Assert.Null(body.CounterpartyMemberId);
        Assert.Equal("Acme GmbH", body.CounterpartyName);
        Assert.Equal("foreign-company", body.CounterpartyKind);
        Assert.Null(body.CounterpartyCounty);
    }

    [Fact]
    public void Body_CategoryChangedAwayFromCooperation_DropsTheCooperationAndNatureFields()
    {
        var draft = new IncomeDraft
        {
            Category = "industry-academia-cooperation", Nature = "seminar-fee",
            PeriodStart = new(2019, 3, 1), PeriodEnd = new(2020, 2, 28), ConcernsCoreTechnology = true, SignedByPi = true,
        };
        draft.Category = "technology-transfer";

        var body = draft.Body(108);

        Assert.Null(body.Nature);
        Assert.Null(body.PeriodStart);
        Assert.Null(body.PeriodEnd);
        Assert.Null(body.ConcernsCoreTechnology);
        Assert.Null(body.SignedByPi);
    }

    [Fact]
    public void Body_Cooperation_SendsPeriodAndBothFactsEvenWhenFalse()
    {
        var draft = new IncomeDraft
        {
            Category = "industry-academia-cooperation", PeriodStart = new(2019, 3, 1), PeriodEnd = new(2020, 2, 28),
            ConcernsCoreTechnology = true, SignedByPi = false,
        };

        var body = draft.Body(108);

        Assert.Equal(new DateOnly(2019, 3, 1), body.PeriodStart);
        Assert.Equal(new DateOnly(2020, 2, 28), body.PeriodEnd);
        Assert.True(body.ConcernsCoreTechnology);
        Assert.False(body.SignedByPi);
    }

    [Fact]
    public void Body_OtherIncome_SendsItsNature()
    {
        var body = new IncomeDraft { Category = "other", CounterpartyIsMember = false, Nature = "ministry-subsidy" }.Body(108);

        Assert.Equal("ministry-subsidy", body.Nature);
    }

    [Fact]
    public void Body_OtherIncomeFromACrowd_SendsTheNameAlone()
    {
        var body = new IncomeDraft
        {
            Category = "other", CounterpartyIsMember = false, CounterpartyName = "研討會報名費", CounterpartyKind = null, Nature = "seminar-fee",
        }.Body(108);

        Assert.Equal(("研討會報名費", null, null, null), (body.CounterpartyName, body.CounterpartyKind, body.CounterpartyRegistrationNumber, body.CounterpartyCounty));
    }

    [Fact]
    public void From_EntryWithValuesThePageDoesNotKnow_OffersOnlyWhatItsListsHold()
    {
        var income = new IncomeRow(
            Guid.NewGuid(), Guid.NewGuid(), 108, "12345", null, "研討會學員", null, "3", null,
            new(2019, 5, 1), 1_000m, null, null, "99", null, null, null, null,
            "flagged", "unreadable-value", null, null, null, 2, "pi", DateTimeOffset.UnixEpoch);

        var draft = IncomeDraft.From(income, TestIncomes.Catalogue);

        Assert.Equal(("membership-fee", null, null), (draft.Category, draft.Nature, draft.CounterpartyKind));
    }

    [Fact]
    public void IncomeRow_CodesSentAsNumbers_ReadAsTheirText()
    {
        const string json = """
            {"id":"6a1f0c7e-2b7d-4c1e-9a52-0d3f4e5a6b7c","allianceId":"6a1f0c7e-2b7d-4c1e-9a52-0d3f4e5a6b7c","year":108,
             "category":12345,"counterpartyKind":3,"nature":99,"counterpartyName":"x","date":"2019-05-01","amount":1,
             "status":"accepted","version":1}
            """;

        var row = System.Text.Json.JsonSerializer.Deserialize<IncomeRow>(json, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;

        Assert.Equal(("12345", "3", "99", "accepted"), (row.Category, row.CounterpartyKind, row.Nature, row.Status));
    }

    [Fact]
    public void Body_NewEntry_HasNoVersionOrReason()
    {
        var body = new IncomeDraft().Body(108, null, "ignored");

        Assert.Null(body.Version);
        Assert.Null(body.Reason);
    }

    [Fact]
    public void Body_Correction_CarriesVersionAndTrimmedReason()
    {
        var body = new IncomeDraft().Body(108, 3, " 金額誤植 ");

        Assert.Equal(3u, body.Version);
        Assert.Equal("金額誤植", body.Reason);
    }

    [Fact]
    public void From_EntryWithMember_RoundTripsToTheSameRequest()
    {
        var income = new IncomeRow(
            Guid.NewGuid(), Guid.NewGuid(), 108, "industry-academia-cooperation",
            MemberId, "臺北精密機械股份有限公司", "04595257", "taiwan-company", "臺北市",
            new(2019, 3, 1), 1_000_000m, "C-1", null, null, new(2019, 3, 1), new(2020, 2, 28), true, true,
            "accepted", null, null, null, null, 2, "pi", DateTimeOffset.UnixEpoch);

        var body = IncomeDraft.From(income, TestIncomes.Catalogue).Body(108, income.Version, "更正");

        Assert.Equal(MemberId, body.CounterpartyMemberId);
        Assert.Null(body.CounterpartyName);
        Assert.Equal(income.Date, body.Date);
        Assert.Equal(income.Amount, body.Amount);
        Assert.Equal(income.PeriodEnd, body.PeriodEnd);
        Assert.True(body.SignedByPi);
        Assert.Equal(2u, body.Version);
    }
}
