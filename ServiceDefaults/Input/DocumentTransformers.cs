using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Alliance.ServiceDefaults.Input;

/// <summary>What the OpenAPI documents say beyond what the framework infers.</summary>
public static class DocumentTransformers
{
    /// <summary>
    /// No <c>servers</c>: the framework lists the address the service itself listens on, which is
    /// internal; without it, readers and the reference page use the address they read the document
    /// from, the gateway's.
    /// </summary>
    public static void WithoutServers(this OpenApiOptions options) =>
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Servers = null;
            return Task.CompletedTask;
        });

    /// <summary>
    /// Strings and dates keep their <c>type</c> (and arrays of them their <c>items</c>): the schema
    /// exporter describes nothing it reads through a converter of ours (<see cref="CheckedStringConverter"/>,
    /// <see cref="CheckedDateConverter"/>), and scripts rely on the types.
    /// </summary>
    public static void WithCheckedTypes(this OpenApiOptions options) =>
        options.AddSchemaTransformer((schema, context, _) =>
        {
            var type = context.JsonTypeInfo.Type;
            if (CheckedSchema(Nullable.GetUnderlyingType(type) ?? type) is { } described && schema.Type is null)
            {
                var nullable = Nullable.GetUnderlyingType(type) is not null || context.JsonPropertyInfo is { IsSetNullable: true };
                schema.Type = nullable ? described.Type | JsonSchemaType.Null : described.Type;
                schema.Format ??= described.Format;
            }
            else if (context.JsonTypeInfo.ElementType is { } element && CheckedSchema(element) is { } items && schema.Items is null)
            {
                schema.Items = items;
            }

            return Task.CompletedTask;
        });

    private static OpenApiSchema? CheckedSchema(Type type) =>
        type == typeof(string) ? new OpenApiSchema { Type = JsonSchemaType.String }
        : type == typeof(DateOnly) ? new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" }
        : null;

    /// <summary>A <see cref="MoneyAttribute"/> field documents its bounds and its cents: <c>maximum</c>, <c>minimum</c> and <c>multipleOf: 0.01</c>.</summary>
    public static void WithMoneyBounds(this OpenApiOptions options) =>
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonPropertyInfo?.AttributeProvider?.IsDefined(typeof(MoneyAttribute), inherit: true) == true)
            {
                // A field's own [Range] may be narrower; the document keeps the narrower bound.
                if (schema.Maximum is null || decimal.Parse(schema.Maximum, CultureInfo.InvariantCulture) > InputBounds.MaxMoney)
                {
                    schema.Maximum = InputBounds.MaxMoney.ToString(CultureInfo.InvariantCulture);
                }

                schema.Minimum ??= (-InputBounds.MaxMoney).ToString(CultureInfo.InvariantCulture);
                schema.MultipleOf = 0.01m;
            }

            return Task.CompletedTask;
        });
}
