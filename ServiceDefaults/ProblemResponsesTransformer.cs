using Alliance.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Alliance.ServiceDefaults;

/// <summary>
/// Lists on every operation the problem responses it can answer (<see cref="ProblemStatuses"/>), each
/// as <c>application/problem+json</c> with one shared <c>Problem</c> schema. Handlers return their
/// success and throw their refusals, so the framework alone would document only the success.
/// </summary>
public static class ProblemResponsesTransformer
{
    private const string SchemaName = "Problem";
    private const string ProblemJson = "application/problem+json";

    public static void WithProblemResponses(this OpenApiOptions options) =>
        options.AddOperationTransformer((operation, context, _) =>
        {
            var document = context.Document!;
            if (document.Components?.Schemas?.ContainsKey(SchemaName) != true)
            {
                document.AddComponent(SchemaName, ProblemSchema());
            }

            var description = context.Description;
            var parameters = description.ParameterDescriptions;
            var statuses = ProblemStatuses.For(
                description.HttpMethod ?? "GET",
                takesInput: parameters.Any(p => p.Source != BindingSource.Services && p.Source != BindingSource.Special),
                namesARecord: parameters.Any(p => p.Source == BindingSource.Path),
                anonymous: description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any());

            operation.Responses ??= [];
            foreach (var status in statuses)
            {
                var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (operation.Responses.TryGetValue(key, out var existing) && existing.Content?.ContainsKey(ProblemJson) == true)
                {
                    continue;
                }

                operation.Responses[key] = new OpenApiResponse
                {
                    Description = ProblemStatuses.Describe(status),
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        [ProblemJson] = new() { Schema = new OpenApiSchemaReference(SchemaName, document) },
                    },
                };
            }

            return Task.CompletedTask;
        });

    /// <summary>RFC 9457 problem details as every service writes them.</summary>
    private static OpenApiSchema ProblemSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details; title and errors are in the language of Accept-Language (zh-TW by default, en).",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["code"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "invalid, rule-violated, not-found, conflict, stale-version, forbidden, or the name of the rule that refused (e.g. unknown-account).",
            },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object | JsonSchemaType.Null,
                Description = "Field (camelCase JSON path) to its messages.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
            ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String },
        },
        Required = new HashSet<string> { "title", "status", "traceId" },
    };
}
