using System.Text.Json;
using Alliance.ServiceDefaults.Input;
using Alliance.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;

namespace Alliance.ServiceDefaults.Tests.Input;

public sealed class BadRequestsTests
{
    public static TheoryData<string, int, string, LocalizedText> Messages => new()
    {
        { "Failed to bind parameter \"int? year\" from \"abc\".", 400, "year", InputMessages.WrongValue },
        { "Failed to bind parameter \"Dictionary<string, int> map\" from \"x\".", 400, "map", InputMessages.WrongValue },
        { "Required parameter \"int year\" was not provided from query string.", 400, "year", InputMessages.Required },
        { "Required parameter \"IncomeRequest request\" was not provided from body.", 400, "$", InputMessages.BodyRequired },
        { "Implicit body inferred for parameter \"request\" but no body was provided. Did you mean to use a Service instead?", 400, "$", InputMessages.BodyRequired },
        { "Expected a supported JSON media type but got \"text/plain\".", 415, "$", InputMessages.UnsupportedMediaType },
        { "Request body too large.", 413, "$", InputMessages.Unreadable },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Describe_FrameworkMessage_NamesTheParameterNeverTheValue(string message, int status, string field, LocalizedText text) =>
        Assert.Equal((status, field, text), BadRequests.Describe(new BadHttpRequestException(message, status)));

    [Fact]
    public void Describe_ValueOurConverterRefused_NamesItsPathAndReason()
    {
        var rejected = Deserialize("""{"name":"a\u0000"}""");

        Assert.Equal((400, "name", InputMessages.NulCharacter), BadRequests.Describe(BodyFailure(rejected)));
    }

    [Theory]
    [InlineData("""{"amount":"abc"}""", "amount")]
    [InlineData("""{"roles":[5]}""", "roles[0]")]
    [InlineData("""{"kind":12345}""", "kind")]
    public void Describe_ValueOfTheWrongType_NamesItsPath(string body, string field) =>
        Assert.Equal((400, field, InputMessages.WrongValue), BadRequests.Describe(BodyFailure(Deserialize(body))));

    [Theory]
    [InlineData("""{"amount":tru}""", "amount")]
    [InlineData("""{"amount":""", "amount")]
    [InlineData("""{not json""", "$")]
    public void Describe_MalformedJson_NamesWhereItBroke(string body, string field) =>
        Assert.Equal((400, field, InputMessages.MalformedJson), BadRequests.Describe(BodyFailure(Deserialize(body))));

    private static BadHttpRequestException BodyFailure(JsonException json) =>
        new("Failed to read parameter \"Sample request\" from the request body as JSON.", StatusCodes.Status400BadRequest, json);

    private static JsonException Deserialize(string body)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.AddCheckedConverters();
        return Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Sample>(body, options));
    }

    private sealed record Sample(string? Name, decimal? Amount, string[]? Roles, Shade? Kind);
}
