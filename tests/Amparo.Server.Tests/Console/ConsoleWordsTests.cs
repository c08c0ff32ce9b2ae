using System.Globalization;
using System.Reflection;
using Amparo.Domain.Cases;
using Amparo.Server.Console.Text;

namespace Amparo.Server.Tests.Console;

/// <summary>What the console names by a code (timeline events, court decisions) has words in both languages.</summary>
public class ConsoleWordsTests
{
    public static TheoryData<string> EventKinds() =>
        new(typeof(CaseEventKinds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!));

    [Theory]
    [MemberData(nameof(EventKinds))]
    public void Every_timeline_event_is_named_in_Spanish_and_English(string kind) => AssertNamed("event." + kind);

    [Theory]
    [InlineData(JudicialOrderKind.Initial)]
    [InlineData(JudicialOrderKind.Extension)]
    [InlineData(JudicialOrderKind.Variation)]
    [InlineData(JudicialOrderKind.Suspension)]
    [InlineData(JudicialOrderKind.Reincorporation)]
    [InlineData(JudicialOrderKind.Cessation)]
    public void Every_court_decision_is_named_in_Spanish_and_English(JudicialOrderKind kind) => AssertNamed("order." + kind);

    private static void AssertNamed(string key)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-PE");
            var spanish = UiText.T(key);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            var english = UiText.T(key);
            Assert.NotEqual(key, spanish);
            Assert.NotEqual(key, english);
            Assert.False(string.IsNullOrWhiteSpace(spanish));
            Assert.False(string.IsNullOrWhiteSpace(english));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
