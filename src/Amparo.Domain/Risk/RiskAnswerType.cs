namespace Amparo.Domain.Risk;

/// <summary>
/// How a question is answered: <see cref="YesNo"/> has exactly the options «si» and «no» (each with its points, so
/// a «no» may score); <see cref="SingleChoice"/> picks one of two or more options.
/// </summary>
public enum RiskAnswerType
{
    YesNo,
    SingleChoice,
}
