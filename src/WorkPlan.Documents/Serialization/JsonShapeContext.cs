using System.Text.Json.Serialization;

namespace WorkPlan.Documents.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for <see cref="JsonShape"/>: no reflection at run time, so the
/// library stays trimming-safe and the first read is fast.
/// </summary>
[JsonSerializable(typeof(JsonShape.Programme))]
[JsonSerializable(typeof(JsonShape.ImportHeader))]
internal sealed partial class JsonShapeContext : JsonSerializerContext
{
}
