namespace WorkPlan.Documents.Import;

/// <summary>The stable codes of import diagnostics (documented in <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/import-and-check.md">docs/import-and-check.md</see>).</summary>
internal static class ImportCodes
{
    internal const string ForbiddenCharacters = "IMP01";
    internal const string UnrecognisedPreambleLine = "IMP02";
    internal const string FocusTaskWithoutBullet = "IMP03";
    internal const string UnknownSection = "IMP04";
    internal const string TableStartedWithoutHeader = "IMP05";
    internal const string UnknownColumn = "IMP06";
    internal const string TooManyCells = "IMP07";
    internal const string MissingCells = "IMP08";
    internal const string InvalidDay = "IMP09";
    internal const string UnknownWeekday = "IMP10";
    internal const string DayRepeated = "IMP11";
    internal const string DayOutOfOrder = "IMP12";
    internal const string WeekdayOnLaterLine = "IMP13";
    internal const string WeekdayWithoutDay = "IMP14";
    internal const string UnrecognisedDayCell = "IMP15";
    internal const string RowOutsideDay = "IMP16";
    internal const string MarkerMovedToNextDay = "IMP17";
    internal const string SessionRepeated = "IMP18";
    internal const string CellsWithoutContent = "IMP19";
    internal const string LineWithoutColumns = "IMP20";
    internal const string ContentIsOnlyAnnotation = "IMP21";
    internal const string LineAfterRecipients = "IMP22";
    internal const string HeaderValueDiffers = "IMP23";
    internal const string PeriodNotInTitle = "IMP24";
    internal const string PeriodsDisagree = "IMP25";
    internal const string InvalidIssueDate = "IMP26";
    internal const string NoRecipientsBlock = "IMP27";
    internal const string SymbolDerived = "IMP28";
    internal const string DayWithoutWeekday = "IMP29";
    internal const string ValueRejected = "IMP30";
    internal const string TitleTextNotKept = "IMP31";
    internal const string PartNotRead = "IMP32";
    internal const string AgencyNotInDocument = "IMP33";
    internal const string SignatureNotInDocument = "IMP34";
    internal const string SignatureLineSkipped = "IMP35";
}
