using System.ComponentModel.DataAnnotations;
using Alliance.ServiceDefaults.Input;
using Alliance.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.ServiceDefaults.Tests.Input;

/// <summary>A service in memory with the conventions every service has, and endpoints that take each kind of input.</summary>
internal static class InputApp
{
    public const string Prefix = "/api/test";

    public static async Task<WebApplication> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.AddApiConventions();
        builder.Services.AddAllianceProblemDetails();
        builder.Services.AddTestValidation();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseInputChecks();
        app.MapApiDocuments(Prefix);
        app.MapPost($"{Prefix}/entries", (EntryRequest request) => TypedResults.Ok(request));
        app.MapGet($"{Prefix}/entries", (string? name, Shade? shade, DateOnly? from, int? year) => TypedResults.Ok(new { name, shade, from, year }));
        app.MapGet($"{Prefix}/codes/{{code}}", (string code) => TypedResults.Ok(code));
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }
}

public enum Shade
{
    Light,
    DarkBlue,
}

public sealed class EntryRequest
{
    [Required, StringLength(200)]
    public string? Name { get; init; }

    public Shade? Shade { get; init; }

    [Money]
    public decimal? Amount { get; init; }

    [Range(typeof(decimal), "0", "999999999999"), Money]
    public decimal Fee { get; init; }

    public decimal? Ratio { get; init; }

    public DateOnly? Date { get; init; }

    public string[]? Roles { get; init; }

    public int? Year { get; init; }

    public bool? Paid { get; init; }

    public Guid? MemberId { get; init; }
}
