using Amparo.Server.Console.Text;

namespace Amparo.Server.Tests.Console;

/// <summary>The console's words load at all: a word defined in two of its lists stops every page that speaks.</summary>
public class UiTextTests
{
    [Fact]
    public void The_words_of_every_list_load_and_the_case_file_and_an_alarm_record_keep_their_own_titles()
    {
        Assert.Equal("Expediente", UiText.Es("record.file"));
        Assert.Equal("Registro escrito", UiText.Es("record.title"));
        Assert.Equal("Actas de campo", UiText.Es("acts.title"));
        Assert.Equal("En reparación", UiText.Es("stockstatus.InRepair"));
    }
}
