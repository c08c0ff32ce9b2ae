namespace Amparo.Server.AlarmResponse;

/// <summary>Phones are written many ways ("+51 959 000 101", "+51959000101"): the same number has the same digits.</summary>
public static class PhoneNumbers
{
    public static bool Same(string a, string b) => Digits(a) is { Length: > 0 } digits && digits == Digits(b);

    private static string Digits(string phone) => new(phone.Where(char.IsAsciiDigit).ToArray());
}
