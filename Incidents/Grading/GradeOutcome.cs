namespace Alerts.Incidents.Grading;

/// <summary>
/// What an incident's figures grade it: the grade in force (the higher of 灾情 and 险情; unclassified when neither is
/// known or the family has no table), each part's grade (null when no figure of it is known) and the reason, in
/// Chinese, naming the criterion that gave each part ("险情：需转移520人，达到大型（…五百人以上不满一千人）").
/// </summary>
public sealed record GradeOutcome(string Grade, string? DisasterGrade, string? DangerGrade, string Reason);
