package vn.ktxh.publication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ktxh.publication.Publication;
import vn.ktxh.publication.Publications;
import vn.ktxh.shared.Json;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.files.Csv;

/**
 * Dữ liệu mở: what /cong-khai publishes of a unit and period, for machines, at stable paths with a stable schema
 * ({@value #SCHEMA}): JSON, and CSV with one line per figure. Numbers are plain (1595.3), unlike the portal's own
 * Vietnamese-notation table, so that any program reads them. What is published is {@link Publications}' rule, read here,
 * never decided here.
 */
@RestController
class OpenDataApi {

    static final String SCHEMA = "ktxh-cong-khai/1";
    static final List<String> CSV_COLUMNS = List.of(
            "area_code",
            "area_name",
            "period",
            "published_at",
            "indicator",
            "indicator_name",
            "unit",
            "value",
            "target",
            "percent_of_plan",
            "status");

    @Schema(name = "OpenData", description = "Số liệu công khai của một đơn vị và một kỳ (lược đồ " + SCHEMA + ")")
    record OpenData(
            @Schema(description = "Tên và phiên bản lược đồ; đổi khi lược đồ đổi", example = SCHEMA)
            String schema,

            @Schema(description = "Mã đơn vị hành chính", example = "105")
            String area,

            @Schema(description = "Tên đơn vị", example = "thành phố Lai Châu")
            String areaName,

            @Schema(description = "Kỳ: 2024, 2024-Q1, 2024-M03, 2024-H1, 2024-9M", example = "2024")
            String period,

            @Schema(
                    description =
                            "PUBLISHED: đã công bố; WITHDRAWN: đã rút lại vì báo cáo được mở lại; NOT_PUBLISHED: chưa công bố",
                    allowableValues = {"PUBLISHED", "WITHDRAWN", "NOT_PUBLISHED"})
            String standing,

            @Schema(description = "Trạng thái bằng lời", example = "Đã công bố")
            String standingLabel,

            @Schema(description = "Lúc cấp trên phê duyệt báo cáo (ISO 8601); trống nếu chưa từng phê duyệt")
            Instant publishedAt,

            @Schema(description = "Số liệu thực hiện đã công bố; trống khi chưa công bố hoặc đã rút lại")
            List<OpenFigure> figures) {

        static OpenData of(Publication p) {
            return new OpenData(
                    SCHEMA,
                    p.area().code(),
                    p.area().fullName(),
                    p.period().toString(),
                    p.standing().name(),
                    p.standing().label(),
                    p.publishedAt(),
                    p.figures().stream()
                            .map(f -> new OpenFigure(
                                    f.indicator(),
                                    f.name(),
                                    f.unit(),
                                    Json.plain(f.value()),
                                    f.target(),
                                    Json.plain(f.percentOfPlan()),
                                    f.status()))
                            .toList());
        }
    }

    @Schema(name = "OpenFigure", description = "Một số liệu thực hiện đã công bố, trong đơn vị tính của chỉ tiêu")
    record OpenFigure(
            @Schema(description = "Mã chỉ tiêu", example = "KT02")
            String indicator,

            @Schema(description = "Tên chỉ tiêu") String name,

            @Schema(description = "Đơn vị tính", example = "triệu đồng/người/năm")
            String unit,

            @Schema(description = "Giá trị thực hiện, số thập phân viết với dấu chấm", example = "1595.3")
            BigDecimal value,

            @Schema(description = "Kế hoạch bằng lời; trống nếu chỉ tiêu không có kế hoạch")
            String target,

            @Schema(description = "% so kế hoạch, một chữ số thập phân; trống nếu không đánh giá", example = "106.1")
            BigDecimal percentOfPlan,

            @Schema(
                    description = "Đánh giá: vượt, đạt, không đạt; trống nếu không đánh giá",
                    allowableValues = {"vượt", "đạt", "không đạt"})
            String status) {}

    private final Publications publications;

    OpenDataApi(Publications publications) {
        this.publications = publications;
    }

    @Operation(
            summary = "Dữ liệu mở (JSON): số liệu công khai của một đơn vị và một kỳ",
            description =
                    "Chỉ những gì trang /cong-khai công bố: số liệu thực hiện của báo cáo đã được cấp trên phê duyệt. Không cần đăng nhập.")
    @GetMapping(path = "/cong-khai/du-lieu.json", produces = MediaType.APPLICATION_JSON_VALUE)
    OpenData json(@RequestParam(required = false) String area, @RequestParam(required = false) String period) {
        return OpenData.of(publication(area, period));
    }

    @Operation(
            summary = "Dữ liệu mở (CSV): số liệu công khai của một đơn vị và một kỳ",
            description =
                    "UTF-8, dấu phẩy phân cách, dòng đầu là tên cột: area_code, area_name, period, published_at, indicator, "
                            + "indicator_name, unit, value, target, percent_of_plan, status (cùng nghĩa với các trường của OpenData và "
                            + "OpenFigure); một dòng cho mỗi số liệu; số viết với dấu chấm thập phân. Khi đơn vị chưa công bố, chỉ có dòng đầu.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content =
                                    @Content(
                                            mediaType = "text/csv",
                                            schema = @Schema(type = "string", description = "CSV, các cột như mô tả"))))
    @GetMapping(path = "/cong-khai/du-lieu.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) String area, @RequestParam(required = false) String period) {
        OpenData data = OpenData.of(publication(area, period));
        StringBuilder out = new StringBuilder(String.join(",", CSV_COLUMNS)).append("\r\n");
        for (OpenFigure f : data.figures()) {
            out.append(String.join(
                            ",",
                            List.of(
                                    Csv.cell(data.area()),
                                    Csv.cell(data.areaName()),
                                    Csv.cell(data.period()),
                                    Csv.cell(data.publishedAt().toString()),
                                    Csv.cell(f.indicator()),
                                    Csv.cell(f.name()),
                                    Csv.cell(f.unit()),
                                    plain(f.value()),
                                    Csv.cell(f.target()),
                                    plain(f.percentOfPlan()),
                                    Csv.cell(f.status()))))
                    .append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Publication publication(String area, String period) {
        if (area == null || area.isBlank()) {
            throw new RejectedInput("area", "Thiếu mã đơn vị: /cong-khai/du-lieu.json?area=105&period=2024");
        }
        if (period == null || period.isBlank()) {
            throw new RejectedInput("period", "Thiếu kỳ: /cong-khai/du-lieu.json?area=105&period=2024");
        }
        return publications.of(area.strip(), Period.parse(period.strip()));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
