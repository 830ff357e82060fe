using System.Data.Common;
using System.Text.Json;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.Regions;
using Dapper;

namespace Alerts.Monitoring.Households.Register;

/// <summary>
/// Imports a village register (CSV, Chinese headers): the file is checked row by row first, then its villages and
/// helpers against the database and the importer's jurisdiction; with any error nothing is written. Otherwise one
/// transaction writes every household (upsert on 户编号 within the village) and one audit entry with the counts.
/// </summary>
public sealed class RegisterImporter(StoreDb db, AuditStore audit, PhoneNormaliser phones, TimeProvider time)
{
    private readonly string _selectVillages = $"SELECT code, level, name FROM regions WHERE code {db.Dialect.AnyOf("@Codes")}";
    private readonly string _selectHelpers = $"SELECT id, phone, role, region_code FROM people WHERE phone {db.Dialect.AnyOf("@Phones")}";

    private sealed record VillageRow
    {
        public string Code { get; init; } = "";
        public int Level { get; init; }
        public string Name { get; init; } = "";
    }

    private sealed record HelperRow
    {
        public long Id { get; init; }
        public string Phone { get; init; } = "";
        public string Role { get; init; } = "";
        public string RegionCode { get; init; } = "";
    }

    /// <summary>Imports CSV text as <paramref name="actor"/>, who may write only villages under <paramref name="regionCode"/>.</summary>
    public Task<RegisterImportResult> ImportAsync(TextReader csv, string actor, string regionCode, CancellationToken ct) =>
        ImportAsync(new CsvReader(csv).Records(), actor, regionCode, ct);

    /// <summary>
    /// Imports an uploaded file, .xlsx or CSV (<see cref="RegisterText"/>); a workbook that cannot be opened is an error
    /// of the file, not a failure of ours.
    /// </summary>
    public async Task<RegisterImportResult> ImportAsync(byte[] file, string actor, string regionCode, CancellationToken ct)
    {
        try
        {
            return await ImportAsync(RegisterText.Records(file), actor, regionCode, ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException
                                       or System.Xml.XmlException or FormatException)
        {
            return RegisterImportResult.Failed([new RegisterError(0, null, "无法读取这个 .xlsx 文件，请另存为 .xlsx 或 CSV（UTF-8）后再试")]);
        }
    }

    private async Task<RegisterImportResult> ImportAsync(IEnumerable<CsvRecord> records, string actor, string regionCode, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var file = RegisterFile.Read(records, phones, BeijingTime.Today(now).Year);
        if (file.Errors.Count > 0) return RegisterImportResult.Failed(file.Errors);

        await using var c = await db.OpenAsync(ct);
        await using var tx = c.BeginTransaction();
        var errors = new List<RegisterError>();
        await CheckVillagesAsync(c, tx, file.Households, regionCode, errors, ct);
        var households = await ResolveHelpersAsync(c, tx, file.Households, regionCode, errors, ct);
        if (errors.Count > 0) return RegisterImportResult.Failed(errors);

        using var writer = new RegisterWriter(c, tx, now);
        var villages = households.GroupBy(h => h.VillageCode).ToList();
        foreach (var village in villages) await writer.WriteVillageAsync(village.Key, village, ct);
        var result = new RegisterImportResult
        {
            Households = households.Count, Members = file.Rows, Villages = villages.Count,
            Created = writer.Created, Updated = writer.Updated, Unchanged = writer.Unchanged,
        };
        await audit.AppendAsync(c, tx, actor, "register_imported", $"register:{DivisionCode.ToPrefix(regionCode)}",
            JsonSerializer.Serialize(new
            {
                result.Households, result.Members, result.Created, result.Updated, result.Unchanged,
                Villages = villages.Select(v => v.Key).ToList(),
            }), ct);
        await tx.CommitAsync(ct);
        return result;
    }

    // A village elsewhere is refused exactly as one that does not exist: nothing of another place shows.
    private async Task CheckVillagesAsync(DbConnection c, DbTransaction tx, IReadOnlyList<RegisterHousehold> households,
        string regionCode, List<RegisterError> errors, CancellationToken ct)
    {
        var codes = households.Select(h => h.VillageCode).Distinct().ToList();
        var known = new Dictionary<string, VillageRow>();
        foreach (var chunk in codes.Chunk(5_000))
            foreach (var v in await c.QueryAsync<VillageRow>(new CommandDefinition(_selectVillages, new { Codes = chunk }, tx, cancellationToken: ct)))
                if (v.Level == 5 && DivisionCode.Contains(regionCode, v.Code)) known[v.Code] = v;
        foreach (var h in households)
        {
            if (!known.TryGetValue(h.VillageCode, out var village))
                errors.Add(new RegisterError(h.HeadRow, RegisterColumns.VillageCode, $"村代码 {h.VillageCode} 不存在或不在您的辖区"));
            else if (h.VillageName is { } name && name != village.Name)
                errors.Add(new RegisterError(h.HeadRow, RegisterColumns.VillageName, $"村代码 {h.VillageCode} 是{village.Name}，不是{name}"));
        }
    }

    /// <summary>
    /// 帮扶责任人 by phone: a grid worker or official who answers for the village or works under the importer; anyone
    /// else (or no one) is refused in the same words, so the import does not tell who holds a number.
    /// </summary>
    private async Task<List<RegisterHousehold>> ResolveHelpersAsync(DbConnection c, DbTransaction tx,
        IReadOnlyList<RegisterHousehold> households, string regionCode, List<RegisterError> errors, CancellationToken ct)
    {
        var phones = households.Select(h => h.HelperPhone).OfType<string>().Distinct().ToList();
        var helpers = new Dictionary<string, HelperRow>();
        foreach (var chunk in phones.Chunk(5_000))
            foreach (var row in await c.QueryAsync<HelperRow>(new CommandDefinition(_selectHelpers, new { Phones = chunk }, tx, cancellationToken: ct)))
                helpers[row.Phone] = row;
        var resolved = new List<RegisterHousehold>(households.Count);
        foreach (var h in households)
        {
            if (h.HelperPhone is not { } phone) { resolved.Add(h); continue; }
            if (helpers.TryGetValue(phone, out var helper) && helper.Role is "grid_worker" or "official" &&
                (DivisionCode.Contains(helper.RegionCode, h.VillageCode) || DivisionCode.Contains(regionCode, helper.RegionCode)))
                resolved.Add(h with { HelperId = helper.Id });
            else
                errors.Add(new RegisterError(h.HeadRow, RegisterColumns.HelperPhone, "不是本辖区登记的干部或网格员的手机号"));
        }
        return resolved;
    }
}
