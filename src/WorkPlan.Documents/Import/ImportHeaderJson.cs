using WorkPlan.Documents.Serialization;

namespace WorkPlan.Documents.Import;

/// <summary>
/// Reads the import header file with the conventions of the programme JSON (camelCase, ISO dates, unknown
/// properties and duplicate keys rejected, a byte-order mark allowed) and the same JSON-path, line and column errors.
/// </summary>
internal static class ImportHeaderJson
{
    internal const int HeaderVersion = 1;

    internal static ImportHeader Read(string json)
    {
        try
        {
            return WorkProgrammeJson.Read(JsonSource.FromString(json), WorkProgrammeJson.ReadContext.ImportHeader, Build, "an import header");
        }
        catch (WorkProgrammeJsonException ex)
        {
            throw new ProgrammeImportException(null, "header file: " + ex.Message, ex);
        }
    }

    private static ImportHeader Build(JsonShape.ImportHeader dto)
    {
        if (dto.HeaderVersion != HeaderVersion)
        {
            throw JsonMapper.Error("$.headerVersion", $"headerVersion {dto.HeaderVersion} is not supported; expected {HeaderVersion}.");
        }

        return JsonMapper.At("$", () => new ImportHeader(
            JsonMapper.Agency(JsonMapper.Required(dto.Agency, "$.agency"), "$.agency"),
            JsonMapper.Signature(JsonMapper.Required(dto.Signature, "$.signature"), "$.signature"),
            dto.Number,
            dto.Symbol,
            dto.PlaceName,
            dto.IssueDate,
            dto.Month,
            dto.Recipients is null ? null : JsonMapper.Recipients(dto.Recipients, "$.recipients")));
    }
}
