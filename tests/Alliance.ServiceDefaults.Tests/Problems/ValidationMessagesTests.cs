using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.ServiceDefaults.Tests.Problems;

public sealed class ValidationMessagesTests
{
    public static TheoryData<string, string> Messages => new()
    {
        { "The Name field is required.", "Name 為必填欄位。" },
        { "The field Name must be a string with a minimum length of 1 and a maximum length of 100.", "Name 的長度須介於 1 到 100 個字之間。" },
        { "The field Note must be a string with a maximum length of 500.", "Note 的長度不能超過 500 個字。" },
        { "The field Phase must be between 1 and 2.", "Phase 須介於 1 到 2 之間。" },
        { "The field Tags must be a string or array type with a maximum length of '5'.", "Tags 的長度不能超過 5。" },
        { "The field Amount must be at most 999,999,999,999.99 NTD.", "Amount 不可超過 999,999,999,999.99 元。" },
        { "The field Fee must have at most two decimal places.", "Fee 最多到小數點後兩位（分）。" },
        { "統一編號的檢查碼不正確。", "統一編號的檢查碼不正確。" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void ToChinese_TranslatesTheFrameworksMessages_AndLeavesOursAlone(string english, string chinese) =>
        Assert.Equal(chinese, ValidationMessages.ToChinese(english));

    [Theory]
    [InlineData("zh-TW", "Name 為必填欄位。", ValidationMessages.ChineseTitle)]
    [InlineData("en", "The Name field is required.", "One or more validation errors occurred.")]
    public async Task ValidationProblem_SpeaksTheCallersLanguage(string language, string message, string title)
    {
        await using var app = await StartAsync();
        using var client = app.GetTestClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        using var response = await client.PostAsJsonAsync("/things", new { name = (string?)null }, TestContext.Current.CancellationToken);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(message, problem.GetProperty("errors").EnumerateObject().Single().Value[0].GetString());
    }

    private static async Task<WebApplication> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddAllianceProblemDetails();
        builder.Services.AddTestValidation();
        var app = builder.Build();
        app.MapPost("/things", (Thing thing) => TypedResults.Ok(thing));
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }
}

public sealed class Thing
{
    [Required]
    public string? Name { get; init; }
}
