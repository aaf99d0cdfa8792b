namespace Alliance.Integration.Tests.Revenue;

/// <summary>Request bodies for income entries of year 108 (programme year 2019-02-01..2020-01-31).</summary>
public static class IncomeBodies
{
    public static object Transfer(Guid memberId, string date = "2019-05-01", decimal amount = 1_200_000m) => new
    {
        year = 108, category = "technology-transfer", counterpartyMemberId = memberId, date, amount, reference = "TT-108-001",
    };

    public static object Fee(Guid memberId, string date = "2019-03-15", decimal amount = 300_000m) => new
    {
        year = 108, category = "membership-fee", counterpartyMemberId = memberId, date, amount,
    };

    public static object Service(string kind = "taiwan-company", string date = "2019-04-10", decimal amount = 450_000m, int year = 108) => new
    {
        year, category = "technical-service", counterpartyName = "南科精密股份有限公司", counterpartyKind = kind,
        counterpartyCounty = "台南市", date, amount, reference = "TS-001",
    };

    public static object Cooperation(bool core, bool pi, string date = "2019-06-01", decimal amount = 2_000_000m, Guid? memberId = null) => new
    {
        year = 108, category = "industry-academia-cooperation", counterpartyMemberId = memberId,
        counterpartyName = "合作科技股份有限公司", counterpartyKind = "taiwan-company", counterpartyCounty = "新竹市",
        date, amount, periodStart = "2019-07-01", periodEnd = "2020-06-30", concernsCoreTechnology = core, signedByPi = pi,
    };

    public static object Other(string nature = "seminar-fee", string date = "2019-08-01", decimal amount = 50_000m) => new
    {
        year = 108, category = "other", counterpartyName = "研討會學員", counterpartyKind = "natural-person", date, amount, nature,
    };
}
