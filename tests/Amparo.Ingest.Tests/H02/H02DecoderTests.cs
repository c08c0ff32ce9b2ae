using Amparo.Ingest.H02;
using Amparo.Ingest.Intake;

namespace Amparo.Ingest.Tests.H02;

/// <summary>Text messages beyond what the corpus asserts: where the status word sits, and the heartbeat echo.</summary>
public class H02DecoderTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 30, 15, DateTimeKind.Utc);

    [Fact]
    public void A_V1_with_the_power_cut_flag_low_carries_the_alarm_on_its_fix()
    {
        var message = H02Decoder.Decode("*HQ,3177718238,V1,002926,A,3514.4088,N,09733.2842,W,0.00,0.00,151222,FFF7FBFF#", Now)!;

        Assert.Equal(MessageKind.Position, message.Kind);
        Assert.Equal("powerCut", message.Position!.Alarm);
        Assert.Equal("powerCut", message.Attributes["alarm"]);
        Assert.Equal(false, message.Attributes["ignition"]);
    }

    [Fact]
    public void The_status_word_is_found_after_three_SIM_fields_and_after_an_empty_date()
    {
        // h02-019 (V19: IP and ICCID before the word) and h02-049 (no date, the word follows the empty field).
        var v19 = H02Decoder.Decode("*HQ,4209951296,V19,214452,A,5201.0178,N,01830.5029,E,000.00,000,200417,,195.63.13.195,89480610500392633029,BFFFFBFF#", Now)!;
        var undated = H02Decoder.Decode("*HQ,353505220873067,V1,,V,4605.75732,N,01430.73863,E,0.00,0,,FFFFFFEF,125,194,  64,d3#", Now)!;

        Assert.Equal(0xBFFFFBFFL, v19.Attributes["status"]);
        Assert.Equal(0xFFFFFFEFL, undated.Attributes["status"]);
        Assert.Equal(Now, undated.Position!.FixTime);
    }

    [Fact]
    public void An_NBR_without_a_fix_carries_its_status_flags_and_gets_its_reply()
    {
        var message = H02Decoder.Decode("*HQ,7401004662,NBR,160453,234,10,0,2,21580,27766,-67,21580,27766,-67,291019,FFFFFBFD,6#", Now)!;

        Assert.Equal(MessageKind.NoPosition, message.Kind);
        Assert.Equal("sos", message.Attributes["alarm"]);
        Assert.Equal("*HQ,7401004662,V4,NBR,20261123123015#", message.Reply);
    }

    [Fact]
    public void A_V0_heartbeat_is_echoed_up_to_its_type()
    {
        var message = H02Decoder.Decode("*HQ,4210051415,V0,100#", Now)!;

        Assert.Equal("*HQ,4210051415,V0#", message.Reply);
        Assert.Equal(MessageKind.Ignored, message.Kind);
    }
}
