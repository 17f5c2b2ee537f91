package vn.ktxh.exchange.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.multipart.MultipartFile;
import vn.ktxh.account.Actor;
import vn.ktxh.account.Workplace;
import vn.ktxh.exchange.Exchanges;
import vn.ktxh.exchange.Template;
import vn.ktxh.exchange.dhis2.Dhis2Exchanges;
import vn.ktxh.shared.Conflict;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.RejectedInputs;
import vn.ktxh.shared.UnitAndPeriod;
import vn.ktxh.shared.VnNumber;
import vn.ktxh.shared.web.Downloads;
import vn.ktxh.shared.web.Htmx;

/**
 * Trao đổi số liệu: choose the area and period, download the template, upload the filled file, read the preview,
 * commit. One handler per step; a request from the page's script ({@code HX-Request}) gets only the result block.
 */
@Controller
@RequestMapping("/trao-doi")
class ExchangePage {

    private final Exchanges exchanges;
    private final Dhis2Exchanges dhis2;
    private final Workplace workplace;

    ExchangePage(Exchanges exchanges, Dhis2Exchanges dhis2, Workplace workplace) {
        this.exchanges = exchanges;
        this.dhis2 = dhis2;
        this.workplace = workplace;
    }

    @GetMapping
    String show(
            Actor actor,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String period,
            Model model) {
        Workplace.Place place = workplace.resolve(actor, area, period);
        model.addAttribute("area", place.ref());
        model.addAttribute("period", place.period().toString());
        model.addAttribute("unit", place.unit());
        return "exchange/upload";
    }

    /** The template for the signed-in user: the API's download needs HTTP Basic, a page has a session. */
    @GetMapping("/mau")
    ResponseEntity<byte[]> template(Actor actor, @RequestParam String area, @RequestParam String period) {
        Template template = exchanges.template(actor, area, period);
        return ExchangeApi.workbook(template, exchanges.templateWorkbook(template));
    }

    @PostMapping
    String upload(
            Actor actor,
            @RequestPart(name = "file", required = false) MultipartFile file,
            UnitAndPeriod sheet,
            ServletWebRequest web,
            Model model) {
        return posted(
                "tệp .xlsx (mẫu đã điền) hoặc .csv",
                "preview",
                (content, user) -> exchanges.upload(
                        actor,
                        file.getOriginalFilename(),
                        new ByteArrayInputStream(content),
                        sheet.area(),
                        sheet.period(),
                        user),
                file,
                web,
                model);
    }

    /** The unit's figures of the period as DHIS2's data value set, for the signed-in user. */
    @GetMapping("/dhis2")
    ResponseEntity<byte[]> dhis2Export(Actor actor, @RequestParam String area, @RequestParam String period) {
        return Downloads.attachment(
                Dhis2Json.bytes(dhis2.export(actor, area, period)),
                MediaType.APPLICATION_JSON,
                "dhis2-%s-%s.json".formatted(area.strip(), period.strip()));
    }

    /** A DHIS2 data value set read into the same preview as any upload, committed by the same button. */
    @PostMapping("/dhis2")
    String dhis2Import(
            Actor actor,
            @RequestPart(name = "file", required = false) MultipartFile file,
            ServletWebRequest web,
            Model model) {
        return posted(
                "tệp .json (dataValueSets của DHIS2)",
                "preview",
                (content, user) -> dhis2.preview(
                        actor, file.getOriginalFilename(), Dhis2Json.read(content, exchanges.maxUploadBytes()), user),
                file,
                web,
                model);
    }

    /** The DHIS2 code mapping as CSV, to read or to edit and send back through the API. */
    @GetMapping("/dhis2/anh-xa")
    ResponseEntity<byte[]> dhis2Mapping() {
        return Downloads.attachment(
                dhis2.mappingCsv().getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                "anh-xa-dhis2.csv");
    }

    /** The administrator replaces the DHIS2 code mapping by a CSV file (kind,dhis2,code), all or none. */
    @PostMapping("/dhis2/anh-xa")
    String dhis2ReplaceMapping(
            Actor actor,
            @RequestPart(name = "file", required = false) MultipartFile file,
            ServletWebRequest web,
            Model model) {
        return posted(
                "tệp .csv có các cột kind,dhis2,code",
                "mapped",
                (content, user) -> dhis2.replaceMapping(actor, new String(content, StandardCharsets.UTF_8), user),
                file,
                web,
                model);
    }

    @PostMapping("/{token}/ghi")
    String commit(
            Actor actor,
            @PathVariable String token,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        answer(response, model, "stored", () -> exchanges.commit(actor, token, user(request)));
        return view(request, response);
    }

    /**
     * A step that sends a file: refused naming what to choose when none came, else {@code work} (given the file's bytes
     * and the signed-in user) answered under {@code name}.
     */
    private static String posted(
            String choose,
            String name,
            BiFunction<byte[], String, Object> work,
            MultipartFile file,
            ServletWebRequest web,
            Model model) {
        HttpServletRequest request = web.getRequest();
        HttpServletResponse response = web.getResponse();
        if (file == null || file.isEmpty()) {
            refused(response, model, List.of("Chưa chọn tệp; hãy chọn " + choose));
        } else {
            answer(response, model, name, () -> work.apply(bytes(file), user(request)));
        }
        return view(request, response);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String user(HttpServletRequest request) {
        return ExchangeApi.user(request.getUserPrincipal(), "web");
    }

    /** The result under {@code name}, or the refusals in the result block: 400 for bad input, 409 for a locked report. */
    private static void answer(HttpServletResponse response, Model model, String name, Supplier<Object> work) {
        try {
            model.addAttribute(name, work.get());
        } catch (Conflict locked) {
            refused(response, model, List.of(locked.getMessage()));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        } catch (RejectedInputs refused) {
            refused(
                    response,
                    model,
                    refused.problems().stream().map(RejectedInput::getMessage).toList());
        } catch (RejectedInput refused) {
            refused(response, model, List.of(refused.getMessage()));
        }
    }

    /** The form's fields, set before every step: the area and period sent, the size limit. */
    @ModelAttribute
    void form(@RequestParam(required = false) String area, @RequestParam(required = false) String period, Model model) {
        model.addAttribute("area", area == null ? "" : area);
        model.addAttribute("period", period == null ? "" : period);
        model.addAttribute("maxMegabytes", exchanges.maxUploadBytes() / (1024 * 1024));
        model.addAttribute("numbers", new Numbers());
    }

    private static void refused(HttpServletResponse response, Model model, List<String> errors) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("errors", errors);
    }

    private static String view(HttpServletRequest request, HttpServletResponse response) {
        return Htmx.view(request, response, "exchange/upload", "result");
    }

    /** Vietnamese notation in the template: {@code ${numbers.format(value)}}. */
    static final class Numbers {
        public String format(BigDecimal value) {
            return value == null ? "" : VnNumber.format(value);
        }
    }
}
