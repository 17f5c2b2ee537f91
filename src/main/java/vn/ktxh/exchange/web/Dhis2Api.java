package vn.ktxh.exchange.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ktxh.account.Actor;
import vn.ktxh.exchange.Exchanges;
import vn.ktxh.exchange.Preview;
import vn.ktxh.exchange.dhis2.Dhis2Exchanges;
import vn.ktxh.shared.RejectedInput;

/**
 * DHIS2's {@code dataValueSets} under /api/v1/exchange/dhis2: export of a unit's figures of a period, import through
 * the checks of every upload ({@code dryRun=true} previews, as DHIS2's parameter does), and the code mapping as CSV.
 */
@RestController
@RequestMapping("/api/v1/exchange/dhis2")
class Dhis2Api {

    static final String FILE_NAME = "dataValueSets.json";

    /** DHIS2's import count: new values, changed ones, those equal to the stored figure; an import never deletes. */
    record ImportCount(int imported, int updated, int ignored, int deleted) {}

    /** As DHIS2's import summary, with the token of the preview and what would change (or changed). */
    record ImportSummary(
            String status,
            boolean dryRun,
            String description,
            ImportCount importCount,
            String token,
            List<ExchangeApi.ChangeJson> changes,
            List<String> warnings) {

        static ImportSummary of(Preview preview, boolean dryRun) {
            int imported = (int)
                    preview.changes().stream().filter(c -> c.oldValue() == null).count();
            int updated = preview.changes().size() - imported;
            String description = dryRun
                    ? "Xem trước (dryRun): %d giá trị mới, %d giá trị sửa, %d giá trị không đổi; chưa ghi gì"
                            .formatted(imported, updated, preview.unchanged())
                    : "Đã ghi %d giá trị mới, %d giá trị sửa; %d giá trị không đổi"
                            .formatted(imported, updated, preview.unchanged());
            return new ImportSummary(
                    "SUCCESS",
                    dryRun,
                    description,
                    new ImportCount(imported, updated, preview.unchanged(), 0),
                    preview.token(),
                    ExchangeApi.PreviewJson.of(preview).changes(),
                    preview.warnings());
        }
    }

    private final Dhis2Exchanges dhis2;
    private final Exchanges exchanges;

    Dhis2Api(Dhis2Exchanges dhis2, Exchanges exchanges) {
        this.dhis2 = dhis2;
        this.exchanges = exchanges;
    }

    /** {@code area}: a unit code or a mapped orgUnit; {@code period}: 2024, 2024S1, 2024Q1, 202403 (or 2024-M03). */
    @Operation(
            summary = "Số liệu của một đơn vị và một kỳ dưới dạng dataValueSets của DHIS2",
            description =
                    "Các số liệu đơn vị đã báo cáo (ước thực hiện và thực hiện), mã theo bảng ánh xạ; số tổng hợp từ cấp dưới không xuất.")
    @GetMapping(path = "/dataValueSets", produces = MediaType.APPLICATION_JSON_VALUE)
    Dhis2Json.SetJson export(Actor actor, @RequestParam String area, @RequestParam String period) {
        return Dhis2Json.write(dhis2.export(actor, area, period));
    }

    /** All or nothing: 400 with every value that does not map or is refused (dataValues[i]), 409 for an approved report. */
    @Operation(
            summary = "Nhập dataValueSets của DHIS2, kiểm tra như mọi tệp tải lên",
            description =
                    "Tất cả hoặc không: lỗi 400 nêu từng dataValues[i] không ánh xạ được hoặc sai; 409 khi báo cáo đã phê duyệt. "
                            + "dryRun=true chỉ xem trước.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = Dhis2Json.SetJson.class))))
    @PostMapping(path = "/dataValueSets", consumes = MediaType.APPLICATION_JSON_VALUE)
    ImportSummary importSet(
            Actor actor,
            @RequestParam(defaultValue = "false") boolean dryRun,
            HttpServletRequest request,
            Principal principal)
            throws IOException {
        String user = ExchangeApi.user(principal, "api");
        Preview preview = dhis2.preview(
                actor, FILE_NAME, Dhis2Json.read(request.getInputStream(), exchanges.maxUploadBytes()), user);
        if (!dryRun) {
            exchanges.commit(actor, preview.token(), user);
        }
        return ImportSummary.of(preview, dryRun);
    }

    /** The mapping as CSV (kind,dhis2,code), the form the upload takes back. */
    @GetMapping(path = "/mappings", produces = "text/csv;charset=UTF-8")
    byte[] mapping() {
        return dhis2.mappingCsv().getBytes(StandardCharsets.UTF_8);
    }

    /** Replaces the whole mapping by the file's rows, all or none. */
    @PostMapping(path = "/mappings", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Integer> replaceMapping(
            Actor actor, @RequestPart(name = "file", required = false) MultipartFile file, Principal principal)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new RejectedInput(
                    "file", "Chưa chọn tệp; gửi tệp .csv có các cột kind,dhis2,code trong trường \"file\"");
        }
        return Map.of(
                "mapped",
                dhis2.replaceMapping(
                        actor,
                        new String(file.getBytes(), StandardCharsets.UTF_8),
                        ExchangeApi.user(principal, "api")));
    }
}
