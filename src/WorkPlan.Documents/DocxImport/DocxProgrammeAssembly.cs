using WorkPlan.Documents.Import;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.DocxImport;

/// <summary>
/// Puts what <see cref="DocxLayoutParser"/> read together with the header values into a <see cref="WorkProgramme"/>:
/// identity and recipients as the text importer merges them (<see cref="ProgrammeAssembly"/>), plus what only a .docx
/// carries — the agency lines, the trích yếu, a week or any run of days, the signature block.
/// </summary>
internal static class DocxProgrammeAssembly
{
    internal static WorkProgramme Build(DocxLayoutParser document, ImportHeader header, IDayClassifier classifier, ImportLog log)
    {
        if (!document.TitleRead && document.ScheduleHeading is null && !document.Days.Any())
        {
            throw new ProgrammeImportException(
                null,
                "the document is not a work programme or schedule: it has no tên loại \"CHƯƠNG TRÌNH\", \"LỊCH CÔNG TÁC\" or \"THÔNG BÁO\" (or title \"CHƯƠNG TRÌNH CÔNG TÁC …\"), no section \"2. Dự kiến lịch làm việc …:\" and no schedule table with a \"NGÀY/ THỨ\" column.");
        }

        ProgrammePeriod period = document.ResolvePeriod(0);
        AssumedFields assumed = AssumedFields.None;
        DocumentIdentity identity = ProgrammeAssembly.Identity(document, header, log, ref assumed);
        RecipientList recipients = ProgrammeAssembly.Recipients(document, header, log, ref assumed);
        IssuingAgency agency = Agency(document, header, identity, log, ref assumed);
        SignatureBlock signature = Signature(document, header, log, ref assumed);
        string? @abstract = document.AbstractText is { } text && text != DocumentKindText.DefaultAbstract(document.Kind, period) ? text : null;
        try
        {
            List<ScheduleDay> days = document.Days.Select(d => d.Build(classifier)).ToList();
            return new WorkProgramme(
                agency,
                identity,
                period,
                new ScheduleSection(days, document.ScheduleHeading),
                signature,
                new FocusTaskSection(document.FocusTasks, document.FocusHeading),
                recipients,
                @abstract,
                assumed).AsKind(document.Kind);
        }
        catch (ArgumentException ex)
        {
            throw new ProgrammeImportException(null, "the programme could not be built: " + ex.Message, ex);
        }
    }

    private static IssuingAgency Agency(DocxLayoutParser document, ImportHeader header, DocumentIdentity identity, ImportLog log, ref AssumedFields assumed)
    {
        var blocks = document.AgencyBlocks.Where(b => b.Lines.Length > 0).ToList();
        if (blocks.Count == 0)
        {
            assumed |= AssumedFields.Agency;
            log.General(ImportSeverity.Information, ImportCodes.AgencyNotInDocument, ImportText.Of("AgencyNotInDocument"));
            return header.Agency;
        }

        // Nghị định 30 Phụ lục I ô 2: the parent agency is written plain, the issuing agency's name bold under it.
        int firstBold = blocks.FindIndex(b => b.Bold);
        bool split = firstBold > 0 && blocks.Skip(firstBold).All(b => b.Bold);
        IEnumerable<string> parent = split ? blocks.Take(firstBold).SelectMany(b => b.Lines) : [];
        IEnumerable<string> name = split ? blocks.Skip(firstBold).SelectMany(b => b.Lines) : blocks.SelectMany(b => b.Lines);

        // The abbreviation is not printed; the symbol carries it ("CTr-VPĐP" → "VPĐP").
        int dash = identity.Symbol.IndexOf('-');
        string abbreviation = dash >= 0 && dash < identity.Symbol.Length - 1 ? identity.Symbol.Substring(dash + 1) : header.Agency.Abbreviation;
        try
        {
            return new IssuingAgency(parent, name, abbreviation);
        }
        catch (Exception ex) when (ex is ArgumentException or ProgrammeLimitException)
        {
            assumed |= AssumedFields.Agency;
            log.Error(ImportCodes.ValueRejected, blocks[0].Record, ImportText.Of("AgencyRejected", ex.Message));
            return header.Agency;
        }
    }

    private static SignatureBlock Signature(DocxLayoutParser document, ImportHeader header, ImportLog log, ref AssumedFields assumed)
    {
        var lines = new List<string>();
        foreach ((string line, LineRecord record) in document.SignatureLines)
        {
            if (line.Length > 1 && line[0] == '(' && line[line.Length - 1] == ')')
            {
                log.Information(ImportCodes.SignatureLineSkipped, record, ImportText.Of("SignatureLineSkipped", line));
                continue;
            }

            lines.Add(line);
        }

        if (lines.Count < 2)
        {
            assumed |= AssumedFields.Signature;
            log.General(
                ImportSeverity.Information,
                ImportCodes.SignatureNotInDocument,
                lines.Count == 0
                    ? ImportText.Of("SignatureNotInDocument")
                    : ImportText.Of("SignatureIncomplete", lines[0]));
            return header.Signature;
        }

        try
        {
            return new SignatureBlock(lines.Take(lines.Count - 2), lines[lines.Count - 2], lines[lines.Count - 1]);
        }
        catch (Exception ex) when (ex is ArgumentException or ProgrammeLimitException)
        {
            assumed |= AssumedFields.Signature;
            log.Error(ImportCodes.ValueRejected, document.SignatureLines[0].Record, ImportText.Of("SignatureRejected", ex.Message));
            return header.Signature;
        }
    }
}
