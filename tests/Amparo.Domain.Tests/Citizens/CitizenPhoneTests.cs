using Amparo.Domain.Citizens;

namespace Amparo.Domain.Tests.Citizens;

public class CitizenPhoneTests
{
    [Theory]
    [InlineData("987 654 321", "PE", "+51987654321")]
    [InlineData("+51 987-654-321", "MX", "+51987654321")]
    [InlineData("0051987654321", "AR", "+51987654321")]
    [InlineData("55 1234 5678", "MX", "+525512345678")]
    [InlineData("+52 1 55 1234 5678", "PE", "+525512345678")]
    [InlineData("11 2345-6789", "AR", "+5491123456789")]
    [InlineData("+54 9 11 2345 6789", "PE", "+5491123456789")]
    [InlineData("+54 11 2345 6789", "PE", "+5491123456789")]
    public void Mobiles_of_Peru_Mexico_and_Argentina_become_E164(string written, string country, string expected) =>
        Assert.Equal(expected, CitizenPhone.Normalise(written, country));

    [Theory]
    [InlineData("054 123456", "PE")]
    [InlineData("887 654 321", "PE")]
    [InlineData("98765432", "PE")]
    [InlineData("+1 415 555 0100", "PE")]
    [InlineData("987abc321", "PE")]
    [InlineData("", "PE")]
    [InlineData("987654321", "CL")]
    public void Anything_else_is_not_a_mobile_we_text(string written, string country) =>
        Assert.Null(CitizenPhone.Normalise(written, country));
}
