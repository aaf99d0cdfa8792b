using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Alliance.Integration.Tests.Hardening;

/// <summary>A write endpoint that takes a JSON body, as its OpenAPI document describes it.</summary>
public sealed record FuzzEndpoint(string Method, string Path, IReadOnlyList<FuzzField> Fields)
{
    public override string ToString() => $"{Method} {Path}";
}

/// <summary>A top-level field of a request body and what its schema says it is.</summary>
public sealed record FuzzField(string Name, bool IsText, bool IsTextList, bool IsChoice, bool IsMoney, bool IsObject);

/// <summary>One bad body: what it tries, the body, and the field the answer must name.</summary>
public sealed record Attack(string Kind, string Body, string Field);

/// <summary>
/// The write endpoints and their bodies' fields, read from the OpenAPI documents the gateway
/// serves (as the authorization matrix finds its endpoints), and the bad bodies to send each: so a
/// new endpoint, or a new field, is attacked without a line here.
/// </summary>
public static class FuzzCatalogue
{
    public const string Nul = "a NUL in a string";
    public const string NumberForChoice = "a number where a choice goes";
    public const string Overflow = "an overflowing amount";
    public const string BelowACent = "an amount below a cent";
    public const string WrongType = "a value of the wrong type";
    public const string Malformed = "malformed JSON";

    private static readonly string[] WriteMethods = ["post", "put", "patch", "delete"];

    public static async Task<IReadOnlyList<FuzzEndpoint>> EndpointsAsync(HttpClient gateway, IEnumerable<string> documentPrefixes)
    {
        var endpoints = new List<FuzzEndpoint>();
        foreach (var prefix in documentPrefixes)
        {
            var document = await gateway.GetFromJsonAsync<JsonElement>($"{prefix}/openapi/v1.json", TestContext.Current.CancellationToken);
            var schemas = document.TryGetProperty("components", out var components) && components.TryGetProperty("schemas", out var all) ? all : default;
            foreach (var path in document.GetProperty("paths").EnumerateObject())
            {
                foreach (var operation in path.Value.EnumerateObject().Where(o => WriteMethods.Contains(o.Name)))
                {
                    if (operation.Value.TryGetProperty("requestBody", out var body)
                        && body.GetProperty("content").TryGetProperty("application/json", out var json))
                    {
                        var schema = Resolve(json.GetProperty("schema"), schemas);
                        endpoints.Add(new(operation.Name.ToUpperInvariant(), path.Name, FieldsOf(schema, schemas)));
                    }
                }
            }
        }

        return endpoints;
    }

    /// <summary>Every bad body for the endpoint: per field what its kind invites, and one malformed body.</summary>
    public static IEnumerable<Attack> AttacksOn(FuzzEndpoint endpoint)
    {
        foreach (var field in endpoint.Fields)
        {
            if (field.IsText)
            {
                yield return new(Nul, Body(field.Name, JsonValue.Create("模糊\u0000測試")), field.Name);
            }

            if (field.IsTextList)
            {
                yield return new(Nul, Body(field.Name, new JsonArray(JsonValue.Create("模糊\u0000測試"))), $"{field.Name}[0]");
            }

            if (field.IsChoice)
            {
                yield return new(NumberForChoice, Body(field.Name, JsonValue.Create(12345)), field.Name);
            }

            if (field.IsMoney)
            {
                yield return new(Overflow, Body(field.Name, JsonValue.Create(100_000_000_000_000m)), field.Name);
                yield return new(BelowACent, Body(field.Name, JsonValue.Create(0.004m)), field.Name);
            }

            yield return new(WrongType, Body(field.Name, field.IsObject ? JsonValue.Create("模糊測試") : new JsonObject { ["fuzz"] = true }), field.Name);
        }

        yield return endpoint.Fields is [var first, ..]
            ? new(Malformed, $$"""{"{{first.Name}}": tru}""", first.Name)
            : new(Malformed, "{", "$");
    }

    private static string Body(string field, JsonNode value) => new JsonObject { [field] = value }.ToJsonString();

    private static List<FuzzField> FieldsOf(JsonElement schema, JsonElement schemas)
    {
        var fields = new List<FuzzField>();
        foreach (var part in new[] { schema }.Concat(schema.TryGetProperty("allOf", out var parts) ? parts.EnumerateArray().Select(p => Resolve(p, schemas)) : []))
        {
            if (!part.TryGetProperty("properties", out var properties))
            {
                continue;
            }

            foreach (var property in properties.EnumerateObject())
            {
                var value = Resolve(property.Value, schemas);
                var types = TypesOf(value);
                var isChoice = value.TryGetProperty("enum", out _);
                var isText = types.Contains("string") && !types.Contains("number") && !types.Contains("integer") && !isChoice;
                var isTextList = types.Contains("array") && value.TryGetProperty("items", out var items) && TypesOf(Resolve(items, schemas)).Contains("string");
                fields.Add(new(property.Name, isText, isTextList, isChoice, value.TryGetProperty("multipleOf", out _), types.Contains("object")));
            }
        }

        return fields;
    }

    /// <summary>The schema a reference or a nullable union stands for.</summary>
    private static JsonElement Resolve(JsonElement schema, JsonElement schemas)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return Resolve(schemas.GetProperty(reference.GetString()!.Split('/')[^1]), schemas);
        }

        foreach (var union in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(union, out var options))
            {
                return options.EnumerateArray().Select(o => Resolve(o, schemas)).FirstOrDefault(o => TypesOf(o).SetEquals(["null"]) is false, schema);
            }
        }

        return schema;
    }

    private static HashSet<string> TypesOf(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToHashSet()
        : [type.GetString()!];
}
