using Amparo.Domain.Dispatch;
using static Amparo.Domain.Dispatch.DispatchStatus;

namespace Amparo.Domain.Tests.Dispatch;

public class DispatchTransitionsTests
{
    [Theory]
    [InlineData(Created, Sent)]
    [InlineData(Created, SendFailed)]
    [InlineData(SendFailed, SendFailed)]
    [InlineData(SendFailed, Sent)]
    [InlineData(Sent, Accepted)]
    [InlineData(Sent, Dispatched)]
    [InlineData(Accepted, Rejected)]
    [InlineData(Accepted, OnScene)]
    [InlineData(OnScene, Closed)]
    [InlineData(Dispatched, Cancelled)]
    public void The_911_centre_moves_a_request_forward(DispatchStatus from, DispatchStatus to) =>
        Assert.True(DispatchTransitions.CanMove(from, to));

    [Theory]
    [InlineData(Accepted, Sent)]
    [InlineData(OnScene, Dispatched)]
    [InlineData(Dispatched, Rejected)]
    [InlineData(Sent, SendFailed)]
    [InlineData(Closed, OnScene)]
    [InlineData(Rejected, Accepted)]
    [InlineData(Cancelled, Sent)]
    [InlineData(Accepted, Accepted)]
    public void Nothing_moves_a_request_back_or_out_of_a_final_status(DispatchStatus from, DispatchStatus to) =>
        Assert.False(DispatchTransitions.CanMove(from, to));
}
