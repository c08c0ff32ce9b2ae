using System.Globalization;
using Amparo.Server.Console.Text;

namespace Amparo.Server.Tests.Console;

public class UiTextTests
{
    /// <summary>The words are gathered from every feature's list at once: a key defined twice would break every console page.</summary>
    [Fact]
    public void Each_console_word_is_defined_once_and_the_case_file_and_the_alarm_record_keep_their_own_titles()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-PE");
            Assert.Equal("Expediente", UiText.T("record.title"));
            Assert.Equal("Registro escrito", UiText.T("alarm.record_title"));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal("The order's notices", UiText.T("notices.title"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
