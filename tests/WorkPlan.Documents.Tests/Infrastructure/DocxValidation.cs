using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace WorkPlan.Documents.Tests.Infrastructure;

/// <summary>Runs the Open XML SDK validator (Office 2019 schema) over a .docx.</summary>
public static class DocxValidation
{
    /// <summary>Returns every validation error as "part path: description"; empty when the package is valid.</summary>
    /// <param name="docx">The package.</param>
    /// <returns>The errors.</returns>
    public static IReadOnlyList<string> Errors(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019) { MaxNumberOfErrors = 0 };
        return validator.Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }
}
