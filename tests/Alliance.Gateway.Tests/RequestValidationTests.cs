using System.ComponentModel.DataAnnotations;
using Alliance.Gateway.Apis;
using Alliance.Gateway.Web.Shared;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Gateway.Tests;

public sealed class RequestValidationTests
{
    [Fact]
    public void Checked_NulInFields_NamesEachFieldInCamelCase()
    {
        var request = new RegisterAssistantRequest
        {
            UserName = "asst\0lin", DisplayName = "林\0助理", Password = "Vt7-correct-horse-battery", AllianceCode = "A-01",
        };

        var refusal = Assert.Throws<DomainException>(() => RequestValidation.Checked(request));

        Assert.Equal(ErrorCode.Invalid, refusal.Code);
        Assert.Equal(["displayName", "userName"], refusal.FieldErrors.Keys.Order());
        Assert.Equal(RequestValidation.NulCharacter, refusal.FieldErrors["userName"][0]);
    }

    [Fact]
    public void Checked_NulInAnArrayEntry_NamesTheEntry()
    {
        var refusal = Assert.Throws<DomainException>(() => RequestValidation.Checked(new Tagged { Tags = ["ok", "bad\0"] }));

        Assert.Equal(["tags[1]"], refusal.FieldErrors.Keys);
    }

    [Fact]
    public void Checked_NulAndAnotherFieldsRule_ReportsBoth()
    {
        var refusal = Assert.Throws<DomainException>(() => RequestValidation.Checked(new TokenRequest { UserName = "x\0", Password = "" }));

        Assert.Equal(["password", "userName"], refusal.FieldErrors.Keys.Order());
        Assert.Equal("Password 為必填欄位。", refusal.FieldErrors["password"][0].ZhTw);
    }

    [Fact]
    public void Checked_ValidRequest_IsReturned()
    {
        var request = new TokenRequest { UserName = "pi-lin", Password = "Vt7-correct-horse-battery" };

        Assert.Same(request, RequestValidation.Checked(request));
    }

    private sealed class Tagged
    {
        [Required] public string[] Tags { get; init; } = [];
    }
}
