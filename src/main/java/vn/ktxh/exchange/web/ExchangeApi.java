package vn.ktxh.exchange.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ktxh.account.Actor;
import vn.ktxh.exchange.Exchanges;
import vn.ktxh.exchange.Preview;
import vn.ktxh.exchange.Template;
import vn.ktxh.shared.Json;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.web.Downloads;

/** The template as .xlsx, uploads as previews, and the commit of a preview, under /api/v1/exchange. */
@RestController
@RequestMapping("/api/v1/exchange")
class ExchangeApi {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    record ChangeJson(
            String place,
            String indicator,
            String name,
            String unit,
            String area,
            String areaName,
            String period,
            String kind,
            String action,
            BigDecimal oldValue,
            BigDecimal newValue,
            String note) {}

    record PreviewJson(String token, String fileName, List<ChangeJson> changes, int unchanged, List<String> warnings) {

        static PreviewJson of(Preview p) {
            return new PreviewJson(
                    p.token(),
                    p.fileName(),
                    p.changes().stream()
                            .map(c -> new ChangeJson(
                                    c.place(),
                                    c.indicator(),
                                    c.indicatorName(),
                                    c.unit(),
                                    c.areaCode(),
                                    c.areaName(),
                                    c.period(),
                                    c.kind().name(),
                                    c.action(),
                                    Json.plain(c.oldValue()),
                                    Json.plain(c.newValue()),
                                    c.note()))
                            .toList(),
                    p.unchanged(),
                    p.warnings());
        }
    }

    private final Exchanges exchanges;

    ExchangeApi(Exchanges exchanges) {
        this.exchanges = exchanges;
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template(Actor actor, @RequestParam String area, @RequestParam String period) {
        Template template = exchanges.template(actor, area, period);
        return workbook(template, exchanges.templateWorkbook(template));
    }

    static ResponseEntity<byte[]> workbook(Template template, byte[] content) {
        return Downloads.attachment(content, XLSX, template.fileName());
    }

    /** Reads, checks and keeps the file; answers what would change, or 400 with every problem found (up to 100). */
    @PostMapping(path = "/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PreviewJson upload(
            Actor actor,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String period,
            Principal principal)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new RejectedInput("file", "Chưa chọn tệp; gửi tệp .xlsx hoặc .csv trong trường \"file\"");
        }
        return PreviewJson.of(exchanges.upload(
                actor, file.getOriginalFilename(), file.getInputStream(), area, period, user(principal, "api")));
    }

    @GetMapping("/uploads/{token}")
    PreviewJson preview(Actor actor, @PathVariable String token) {
        return PreviewJson.of(exchanges.preview(actor, token));
    }

    @PostMapping("/uploads/{token}/commit")
    Map<String, Integer> commit(Actor actor, @PathVariable String token, Principal principal) {
        return Map.of("stored", exchanges.commit(actor, token, user(principal, "api")));
    }

    static String user(Principal principal, String otherwise) {
        return principal == null || principal.getName() == null ? otherwise : principal.getName();
    }
}
