using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.Reporting;

/// <summary>
/// Programme years are one set for the whole system, so tests share them by rule: 108 and 109 (whose deadlines
/// passed long ago) and 180 and 181 (far ahead) are opened by whoever needs them first and never edited or closed;
/// a test that edits or closes a year takes a fresh one of its own from 150–179.
/// </summary>
public static class ReportingYears
{
    public const int Past = 108;
    public const int PastNext = 109;
    public const int Future = 180;
    public const int FutureSecond = 181;

    private static int _next = 149;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A year no other test of this run uses; not opened yet.</summary>
    public static int Fresh()
    {
        var year = Interlocked.Increment(ref _next);
        Assert.True(year < Future, "The test run has used up its fresh programme years.");
        return year;
    }

    /// <summary>Opens a shared year unless another test did: 201 or 409 both leave it open.</summary>
    public static async Task EnsureOpenAsync(SystemFixture system, int year)
    {
        using var response = await system.Admin.PostAsJsonAsync("/api/reporting/years", new { year }, Cancel);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, await response.Content.ReadAsStringAsync(Cancel));
    }

    /// <summary>Opens a fresh year and returns it as the centre reads it.</summary>
    public static async Task<JsonElement> OpenFreshAsync(SystemFixture system)
    {
        using var response = await system.Admin.PostAsJsonAsync("/api/reporting/years", new { year = Fresh() }, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }
}
