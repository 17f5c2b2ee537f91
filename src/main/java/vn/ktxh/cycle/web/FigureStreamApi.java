package vn.ktxh.cycle.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;
import vn.ktxh.account.Actor;
import vn.ktxh.data.FigureKind;
import vn.ktxh.data.FigureStream;
import vn.ktxh.data.Figures;
import vn.ktxh.data.StreamedFigures;

/**
 * The door for very large imports: figures streamed as JSON Lines or CSV, checked line by line as they are read and
 * copied into the database as they come, stored all together or not at all, with the same rules as PUT
 * /api/v1/figures. A client that names its import ({@code X-Import-Id}) can follow it while it runs.
 */
@RestController
@RequestMapping("/api/v1/figures/stream")
class FigureStreamApi {

    static final String JSON_LINES = "application/x-ndjson";
    static final String CSV = "text/csv";

    /** The answer: how many figures were stored, and of each kind. */
    record Summary(String id, int stored, Map<String, Integer> perKind) {}

    private final Figures figures;
    private final StreamedImports imports;
    private final ObjectMapper json;

    FigureStreamApi(Figures figures, StreamedImports imports, ObjectMapper json) {
        this.figures = figures;
        this.imports = imports;
        this.json = json;
    }

    @Operation(
            summary = "Nhập rất nhiều số liệu một lần, đọc dần từng dòng (JSON Lines hoặc CSV)",
            description =
                    "Mỗi dòng một số liệu với các trường như một phần tử của PUT /api/v1/figures (indicator, area, "
                            + "period, kind, value, unit, source); CSV có dòng tiêu đề cùng tên cột, phân cách ; hoặc , và số "
                            + "kiểu Việt Nam (1.595,3). Tất cả hoặc không: lỗi 400 nêu mọi dòng sai (tối đa 100; trường \"[dòng].trường\"), "
                            + "403 khi không có quyền với đơn vị, 409 khi báo cáo đã gửi hoặc đã phê duyệt. Gửi kèm X-Import-Id "
                            + "(tự chọn) để theo dõi tiến độ ở GET /api/v1/figures/stream/{id} trong khi nhập.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(mediaType = JSON_LINES, schema = @Schema(type = "string")),
                                @Content(mediaType = CSV, schema = @Schema(type = "string"))
                            }))
    @PostMapping(consumes = {JSON_LINES, CSV})
    ResponseEntity<Summary> store(
            Actor actor,
            HttpServletRequest request,
            @RequestHeader(name = "X-Import-Id", required = false) String id,
            @RequestHeader(name = "X-Reason", required = false) String reason,
            Principal principal)
            throws IOException {
        StreamedImports.Run run = imports.start(id, principal.getName());
        FigureStream stream = MediaType.parseMediaType(request.getContentType())
                        .isCompatibleWith(MediaType.parseMediaType(CSV))
                ? FigureLines.csv(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8), run::read)
                : FigureLines.jsonLines(request.getInputStream(), json, run::read);
        StreamedFigures result;
        try {
            result = figures.storeStream(actor, stream, "api", reason);
        } catch (RuntimeException refused) {
            imports.refused(run, refused.getMessage());
            throw refused;
        }
        imports.stored(run, result);
        return ResponseEntity.created(URI.create("/api/v1/figures/stream/" + run.id()))
                .header("X-Import-Id", run.id())
                .body(new Summary(run.id(), result.stored(), perKind(result)));
    }

    @Operation(
            summary = "Tiến độ một lần nhập: số dòng đã đọc, rồi kết quả",
            description = "Chỉ tài khoản đã bắt đầu lần nhập xem được; giữ một giờ sau khi xong.")
    @GetMapping("/{id}")
    StreamedImports.Progress progress(@PathVariable String id, Principal principal) {
        return imports.of(id, principal.getName());
    }

    /** Both kinds, each with its count (0 when none). */
    static Map<String, Integer> perKind(StreamedFigures result) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (FigureKind kind : FigureKind.values()) {
            out.put(kind.name(), result.perKind().getOrDefault(kind, 0));
        }
        return out;
    }
}
