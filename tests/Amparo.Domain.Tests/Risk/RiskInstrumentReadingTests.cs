using System.Text.Json.Nodes;
using Amparo.Domain.Risk;

namespace Amparo.Domain.Tests.Risk;

public class RiskInstrumentReadingTests
{
    [Fact]
    public void Overlapping_bands_are_refused()
    {
        Assert.Contains("Las bandas «moderado» (8–14) y «severo» (14–17) se solapan.", Problems(r => Band(r, 1)["max"] = 14));
    }

    [Fact]
    public void Scores_no_band_covers_are_refused()
    {
        Assert.Contains("Ninguna banda cubre las puntuaciones 14–14.", Problems(r => Band(r, 2)["min"] = 15));
        Assert.Contains("Ninguna banda cubre las puntuaciones 37–37 (la máxima posible es 37).", Problems(r => Band(r, 3)["max"] = 36));
        Assert.Contains("Ninguna banda cubre las puntuaciones 0–0 (la mínima posible es 0).", Problems(r => Band(r, 0)["min"] = 1));
    }

    [Fact]
    public void A_question_depending_on_an_unknown_or_later_question_is_refused()
    {
        Assert.Contains("La pregunta «3» depende de «2b», que no existe.", Problems(r => Fvr.Item(r, "3")["parent"] = "2b"));
        Assert.Contains("La pregunta «3» depende de «4», que se pregunta después: una pregunta solo depende de otra anterior.",
            Problems(r => Fvr.Item(r, "3")["parent"] = "4"));
        Assert.Contains("La pregunta «5a» se muestra con la respuesta «tal_vez», que «5» no tiene.",
            Problems(r => Fvr.Item(r, "5a")["visibleWhen"] = new JsonArray("tal_vez")));
    }

    [Fact]
    public void A_level_left_out_of_the_common_map_or_a_map_entry_of_no_band_is_refused()
    {
        var problems = Problems(r =>
        {
            var map = r["levelMap"]!.AsObject();
            map.Remove("severo");
            map["grave"] = "High";
        });

        Assert.Contains("El nivel «severo» no está en el mapa de niveles comunes.", problems);
        Assert.Contains("El mapa de niveles comunes nombra «grave», que ninguna banda usa.", problems);
    }

    [Fact]
    public void A_higher_band_mapped_to_a_lower_common_level_is_refused()
    {
        Assert.Contains("El nivel «severo» puntúa más que «moderado» pero su nivel común es menor (bajo < medio).",
            Problems(r => r["levelMap"]!["severo"] = "Low"));
    }

    [Fact]
    public void A_rule_on_an_answer_the_question_does_not_have_is_refused()
    {
        Assert.Contains("La regla «victima_embarazada» nombra la respuesta «quizas», que la pregunta «v1» no tiene.",
            Problems(r => r["rules"]![0]!["answers"] = new JsonArray("quizas")));
        Assert.Contains("La regla «victima_embarazada» mira la pregunta «v9», que no existe.",
            Problems(r => r["rules"]![0]!["item"] = "v9"));
    }

    [Fact]
    public void A_yes_no_question_must_offer_exactly_yes_and_no()
    {
        Assert.Contains("La pregunta «4» es de sí/no: sus opciones deben ser exactamente «si» y «no».",
            Problems(r => Fvr.Item(r, "4")["options"]![0]!["code"] = "sí"));
    }

    [Fact]
    public void A_common_level_without_its_policy_is_refused()
    {
        Assert.Contains("Falta la política del nivel común «extremo».", Problems(r => r["policies"]!.AsArray().RemoveAt(3)));
    }

    [Fact]
    public void A_misspelt_property_a_null_and_broken_json_are_refused_with_where()
    {
        var typo = Problems(r => Fvr.Item(r, "1")["pionts"] = 1);
        var nullInList = Problems(r => r["bands"]!.AsArray().Add(null));
        var nullValue = Problems(r => r["code"] = null);

        Assert.StartsWith("El JSON no es válido cerca de «$.sections[0].items[0]", Assert.Single(typo), StringComparison.Ordinal);
        Assert.Equal("La lista «$.bands» contiene un valor nulo.", Assert.Single(nullInList));
        Assert.StartsWith("El JSON no es válido cerca de «$.code»", Assert.Single(nullValue), StringComparison.Ordinal);
        Assert.StartsWith("El JSON no es válido", Assert.Single(RiskInstrumentJson.Read("{\"code\": ").Problems), StringComparison.Ordinal);
        Assert.Equal("La definición está vacía.", Assert.Single(RiskInstrumentJson.Read(" ").Problems));
    }

    [Fact]
    public void Written_definitions_read_back_the_same()
    {
        var again = RiskInstrumentJson.Read(RiskInstrumentJson.Write(Fvr.Definition));

        Assert.True(again.IsValid);
        Assert.Equal(RiskInstrumentJson.Write(Fvr.Definition), RiskInstrumentJson.Write(again.Definition!));
    }

    private static JsonObject Band(JsonObject root, int index) => root["bands"]![index]!.AsObject();

    private static IReadOnlyList<string> Problems(Action<JsonObject> change)
    {
        var read = RiskInstrumentJson.Read(Fvr.Changed(change));
        Assert.False(read.IsValid);
        Assert.Null(read.Definition);
        return read.Problems;
    }
}
