namespace LangSon.ThiDua.Tests.Integration.Security;

public static partial class AccessRules
{
    /// <summary>
    /// The award register (lines, import, identity, achievement text), eligibility rules, certificates and their
    /// public verification, and the khối/cụm pages (pact, steps, criteria table, scoring).
    /// </summary>
    private static Dictionary<string, string[]> AwardAndGroupActions() => new()
    {
        ["AwardAchievement.Achievement GET"] = RegisterImporters, // corrects a line's certificate text
        ["AwardAchievement.Achievement POST"] = RegisterImporters,
        ["AwardIdentity.NotSamePerson POST"] = NoiVuOnly,
        ["AwardIdentity.SamePerson POST"] = NoiVuOnly,
        ["AwardImport.Confirm POST"] = RegisterImporters,
        ["AwardImport.Template GET"] = RegisterImporters,
        ["AwardImport.Upload GET"] = RegisterImporters,
        ["AwardImport.Upload POST"] = RegisterImporters,
        ["AwardRegister.Collective GET"] = RegisterReaders, // a unit's users: their unit's records only
        ["AwardRegister.Export GET"] = RegisterReaders,
        ["AwardRegister.Index GET"] = RegisterReaders,
        ["AwardRegister.Person GET"] = RegisterReaders,
        ["AwardRegister.Revoke GET"] = NoiVuOnly,
        ["AwardRegister.Revoke POST"] = NoiVuOnly,
        ["AwardFormRules.Create GET"] = AdminOnly,
        ["AwardFormRules.Create POST"] = AdminOnly,
        ["AwardFormRules.Delete POST"] = AdminOnly,
        ["AwardFormRules.Edit GET"] = AdminOnly,
        ["AwardFormRules.Edit POST"] = AdminOnly,
        ["CertificateBlanks.Calibration GET"] = AdminOnly,
        ["CertificateBlanks.Edit GET"] = AdminOnly,
        ["CertificateBlanks.Edit POST"] = AdminOnly,
        ["CertificateBlanks.Index GET"] = AdminOnly,
        ["Certificates.Decision GET"] = RegisterReaders, // a unit: its own Giấy khen lines only
        ["Certificates.DecisionPdf GET"] = RegisterReaders,
        ["Certificates.Pdf GET"] = RegisterReaders,
        ["Certificates.Print GET"] = RegisterReaders,
        ["Verification.Index GET"] = Everyone,
        ["Verification.Show GET"] = Everyone,
        ["EmulationGroups.Create GET"] = AdminOnly,
        ["EmulationGroups.Create POST"] = AdminOnly,
        ["EmulationGroups.Delete GET"] = AdminOnly,
        ["EmulationGroups.Delete POST"] = AdminOnly,
        ["EmulationGroups.Details GET"] = AdminOnly,
        ["EmulationGroups.Edit GET"] = AdminOnly,
        ["EmulationGroups.Edit POST"] = AdminOnly,
        ["EmulationGroups.Index GET"] = AdminOnly,
        ["EmulationPacts.Index GET"] = GroupPages,
        ["EmulationPacts.Group GET"] = GroupPages,
        ["EmulationPacts.Draft GET"] = GroupPages,
        ["EmulationPacts.Draft POST"] = GroupPages,
        ["EmulationPacts.Text GET"] = GroupPages,
        ["EmulationPacts.Text POST"] = GroupPages,
        ["PactSteps.Open GET"] = GroupPages,
        ["PactSteps.Open POST"] = GroupPages,
        ["PactSteps.OpenScoring GET"] = GroupPages,
        ["PactSteps.OpenScoring POST"] = GroupPages,
        ["PactSteps.Pdf GET"] = GroupPages,
        ["EmulationCriteria.Section GET"] = GroupPages,
        ["EmulationCriteria.Section POST"] = GroupPages,
        ["EmulationCriteria.Criterion GET"] = GroupPages,
        ["EmulationCriteria.Criterion POST"] = GroupPages,
        ["EmulationCriteria.Adjustment GET"] = GroupPages,
        ["EmulationCriteria.Adjustment POST"] = GroupPages,
        ["EmulationCriteria.TieBreak GET"] = GroupPages,
        ["EmulationCriteria.TieBreak POST"] = GroupPages,
        ["CriteriaTable.Remove GET"] = GroupPages,
        ["CriteriaTable.Remove POST"] = GroupPages,
        ["CriteriaTable.Copy GET"] = GroupPages,
        ["CriteriaTable.Copy POST"] = GroupPages,
        ["PactSteps.Sign GET"] = UnitHead,
        ["PactSteps.Sign POST"] = UnitHead,
        ["ScoreSheets.Sheet GET"] = GroupPages, // inside: the unit's own sheet, the lead, Admin, Sở Nội vụ
        ["ScoreSheets.Sheet POST"] = GroupPages, // the unit's own users only
        ["ScoreSheets.Submit GET"] = UnitHead,
        ["ScoreSheets.Submit POST"] = UnitHead,
        ["ScoreReview.Review GET"] = GroupPages, // inside: the year's lead unit and Admin
        ["ScoreReview.Review POST"] = GroupPages,
        ["ScoreReview.Close GET"] = GroupPages,
        ["ScoreReview.Close POST"] = GroupPages,
        ["ScoreReview.Ranking GET"] = GroupPages, // members once scoring is closed
        ["EmulationProposals.Index GET"] = GroupPages, // whoever may read the group
        ["EmulationProposals.Minutes GET"] = GroupPages,
        ["EmulationProposals.Meeting GET"] = GroupPages, // inside: the year's lead unit and Admin
        ["EmulationProposals.Meeting POST"] = GroupPages,
        ["EmulationProposals.Send GET"] = GroupPages,
        ["EmulationProposals.Send POST"] = GroupPages,
        ["EmulationOverview.Index GET"] = RegisterImporters, // Sở Nội vụ and Admin: every group's year
        ["EmulationOverview.Export GET"] = RegisterImporters,
    };
}
