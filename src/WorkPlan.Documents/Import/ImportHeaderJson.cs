using System.Text.Json;
using WorkPlan.Documents.Serialization;

namespace WorkPlan.Documents.Import;

/// <summary>
/// Reads the import header file with the conventions of the programme JSON (camelCase, ISO dates, unknown
/// properties rejected) and the same JSON-path error messages.
/// </summary>
internal static class ImportHeaderJson
{
    internal const int HeaderVersion = 1;

    internal static ImportHeader Read(string json)
    {
        try
        {
            JsonShape.ImportHeader? dto;
            try
            {
                dto = JsonSerializer.Deserialize(json, WorkProgrammeJson.ReadContext.ImportHeader);
            }
            catch (JsonException ex)
            {
                throw WorkProgrammeJson.Translate(ex);
            }

            if (dto is null)
            {
                throw JsonMapper.Error("$", "expected a JSON object describing an import header, found null.");
            }

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
        catch (WorkProgrammeJsonException ex)
        {
            throw new ProgrammeImportException(null, "header file: " + ex.Message, ex);
        }
    }
}
