using Amparo.Domain.Notices;

namespace Amparo.Server.Notices;

/// <summary>A notice ready to print: its number, where and when, who signs, and its filled template.</summary>
internal sealed record NoticeDocument(
    string Number,
    string Court,
    string Judge,
    string FileNumber,
    string PlaceAndDate,
    NoticeTemplate Text,
    DateTime IssuedAtUtc);
