namespace Alliance.Programme.Tests;

// Check sums worked by hand: weights 1,2,1,2,1,2,4,1; each product's digits added.
public sealed partial class RegistrationNumberTests
{
    public static TheoryData<string, int> CheckSums => new()
    {
        // 0,8,5,18→9,5,4,20→2,7 = 40
        { "04595257", 40 },
        // 2,4,0,18→9,9,2,12→3,1 = 30 (a real company number)
        { "22099131", 30 },
        // 1,4,3,8,5,12→3,28→10,5 = 39
        { "12345675", 39 },
        // as above with last digit 0: 39 − 5 = 34
        { "12345670", 34 },
        // as 04595257 with last digit 2: 40 − 5 = 35
        { "04595252", 35 },
        // 1,0,0,0,0,0,28→10,0 = 11
        { "10000070", 11 },
        // 1,0,0,0,0,4,28→10,0 = 15
        { "10000270", 15 },
    };

    public static TheoryData<string> Valid => new()
    {
        "04595257", // sum 40, divisible by 10 (valid before 2023 too)
        "22099131", // sum 30
        "04595252", // sum 35: valid only under the 2023 divisible-by-5 rule
        "10000270", // 7th digit 7, sum 15: divisible without the special case
        "12345675", // 7th digit 7, sum 39: valid only through the special case (39 + 1 = 40)
        "12345670", // 7th digit 7, sum 34: valid only through the special case (34 + 1 = 35)
        "00000000", // sum 0
    };

    public static TheoryData<string?, string> Invalid => new()
    {
        { null, RegistrationNumber.WrongLength },
        { "", RegistrationNumber.WrongLength },
        { "0459525", RegistrationNumber.WrongLength },
        { "045952570", RegistrationNumber.WrongLength },
        { " 04595257", RegistrationNumber.WrongLength },
        { "0459525A", RegistrationNumber.NotDigits },
        { "0459-257", RegistrationNumber.NotDigits },
        { "０４５９５２５７", RegistrationNumber.NotDigits },
        { "04595258", RegistrationNumber.BadCheckDigit }, // 41
        { "22099132", RegistrationNumber.BadCheckDigit }, // 31
        { "10000070", RegistrationNumber.BadCheckDigit }, // 7th digit 7, sum 11: neither 11 nor 12 divisible by 5
        { "12345678", RegistrationNumber.BadCheckDigit }, // 7th digit 7: 1,4,3,8,5,3,10,8 = 42; neither 42 nor 43 divisible by 5
    };
}
