using System.Globalization;
using Alliance.Gateway.Web.Membership;
using Alliance.Gateway.Web.Services;
using Alliance.ServiceDefaults;

namespace Alliance.Gateway.Web.Revenue;

/// <summary>The revenue service's routes, one method each, as the pages use them.</summary>
internal sealed class RevenueClient(ServiceCalls calls)
{
    private const string Service = ResourceNames.Revenue;
    private const string Alliances = "/api/revenue/alliances";

    public Task<IncomeCategoryRow[]> GetIncomeCategoriesAsync() => calls.GetAsync<IncomeCategoryRow[]>(Service, "/api/revenue/income-categories");

    public Task<IncomeRow[]> GetIncomesAsync(Guid allianceId, int year, string? category, string? status, DateOnly? from, DateOnly? to) =>
        calls.GetAsync<IncomeRow[]>(Service, $"{Incomes(allianceId)}{RevenueLinks.Query(year, category, status, from, to)}");

    public Task<IncomeRow> RecordIncomeAsync(Guid allianceId, IncomeBody body) => calls.PostAsync<IncomeRow>(Service, Incomes(allianceId), body);

    public Task<IncomeRow> GetIncomeAsync(Guid allianceId, Guid incomeId) => calls.GetAsync<IncomeRow>(Service, Income(allianceId, incomeId));

    public Task<ChangeRow[]> GetIncomeHistoryAsync(Guid allianceId, Guid incomeId) =>
        calls.GetAsync<ChangeRow[]>(Service, $"{Income(allianceId, incomeId)}/history");

    public Task<IncomeRow> CorrectIncomeAsync(Guid allianceId, Guid incomeId, IncomeBody body) =>
        calls.PutAsync<IncomeRow>(Service, Income(allianceId, incomeId), body);

    public Task<IncomeRow> VoidIncomeAsync(Guid allianceId, Guid incomeId, VoidBody body) =>
        calls.PostAsync<IncomeRow>(Service, $"{Income(allianceId, incomeId)}/void", body);

    public Task<RevenueSummaryRow> GetSummaryAsync(Guid allianceId, int year, DateOnly? from, DateOnly? to) =>
        calls.GetAsync<RevenueSummaryRow>(Service, $"{Alliance(allianceId)}/summary{RevenueLinks.Query(year, null, null, from, to)}");

    public Task<SubsidyRow[]> GetSubsidiesAsync(int year) =>
        calls.GetAsync<SubsidyRow[]>(Service, $"/api/revenue/subsidies?year={year.ToString(CultureInfo.InvariantCulture)}");

    public Task<SubsidyRow> SetSubsidyAsync(Guid allianceId, int year, SubsidyBody body) => calls.PutAsync<SubsidyRow>(Service, Subsidy(allianceId, year), body);

    public Task<ChangeRow[]> GetSubsidyHistoryAsync(Guid allianceId, int year) => calls.GetAsync<ChangeRow[]>(Service, $"{Subsidy(allianceId, year)}/history");

    private static string Alliance(Guid allianceId) => $"{Alliances}/{allianceId}";

    private static string Incomes(Guid allianceId) => $"{Alliance(allianceId)}/incomes";

    private static string Income(Guid allianceId, Guid incomeId) => $"{Incomes(allianceId)}/{incomeId}";

    private static string Subsidy(Guid allianceId, int year) => $"{Alliance(allianceId)}/subsidies/{year.ToString(CultureInfo.InvariantCulture)}";
}
