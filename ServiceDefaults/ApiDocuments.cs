using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Alliance.ServiceDefaults.Input;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Scalar.AspNetCore;

namespace Alliance.ServiceDefaults;

/// <summary>The JSON conventions and the OpenAPI document every service publishes under its own prefix.</summary>
public static class ApiDocuments
{
    public static IHostApplicationBuilder AddApiConventions(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<JsonOptions>(options =>
        {
            // Names only: a number where a choice goes is refused, never stored as a value no name has.
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
            options.SerializerOptions.AddCheckedConverters();
            // Chinese names and counties as UTF-8 text rather than \uXXXX escapes: half the bytes and
            // readable by scripts; characters that matter in HTML are still escaped.
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        builder.Services.AddInputConventions();
        builder.Services.AddOpenApi(options =>
        {
            options.WithoutServers();
            options.WithCheckedTypes();
            options.WithMoneyBounds();
            options.WithProblemResponses();
        });
        return builder;
    }

    /// <summary>
    /// Serves the OpenAPI document at <c>{prefix}/openapi/v1.json</c> and a browsable reference at
    /// <c>{prefix}/docs</c>, so both are reachable through the gateway's unchanged forwarding.
    /// Both are anonymous: they describe the API, and every operation in it still needs a token.
    /// </summary>
    public static WebApplication MapApiDocuments(this WebApplication app, string prefix)
    {
        app.MapOpenApi($"{prefix}/openapi/{{documentName}}.json").AllowAnonymous();
        app.MapScalarApiReference($"{prefix}/docs", options => options.WithOpenApiRoutePattern($"{prefix}/openapi/{{documentName}}.json"))
            .AllowAnonymous();
        return app;
    }
}
