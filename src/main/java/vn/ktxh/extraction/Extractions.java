package vn.ktxh.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.account.Actor;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.Figures;
import vn.ktxh.extraction.storage.DocumentRows;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.plan.Decision;
import vn.ktxh.plan.NewTarget;
import vn.ktxh.plan.Plan;
import vn.ktxh.plan.Plans;
import vn.ktxh.plan.TargetForm;
import vn.ktxh.plan.TargetStatement;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.RejectedInputs;
import vn.ktxh.shared.TooLarge;
import vn.ktxh.shared.UnitOfMeasure;
import vn.ktxh.shared.VnNumber;

/**
 * The door of "Đọc văn bản": a document is uploaded for an area, read into statements, each proposed as a catalogue
 * indicator's target or figure; the rows the user accepts (as corrected) go into a plan through {@link Plans#set}
 * and into a period through {@link Figures#store}, all of them or none.
 */
@Service
public class Extractions {

    /** The upload limit, the same as the exchange of figures. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** A document uploaded for an area and period, with what its statements propose. */
    public record Reading(
            UUID id, String fileName, Area area, Period period, DocumentText document, List<Proposal> proposals) {}

    /** A row the user accepted, as typed: the proposal's number and the fields of the row. */
    public record Choice(
            int number,
            String indicator,
            Use use,
            String period,
            String value,
            String unit,
            TargetForm form,
            String ofTotal) {}

    public record Accepted(int targets, int figures) {}

    private final DocumentRows rows;
    private final Indicators indicators;
    private final Areas areas;
    private final Plans plans;
    private final Figures figures;

    Extractions(DocumentRows rows, Indicators indicators, Areas areas, Plans plans, Figures figures) {
        this.rows = rows;
        this.indicators = indicators;
        this.areas = areas;
        this.plans = plans;
        this.figures = figures;
    }

    /** Reads the file (refused: too large, a scanned PDF, an old .doc...) and keeps its text for the next steps. */
    @Transactional
    public Reading upload(Actor actor, String fileName, byte[] bytes, String areaCode, String period, String user) {
        if (fileName == null || fileName.isBlank() || bytes == null || bytes.length == 0) {
            throw new RejectedInput("file", "Chưa chọn tệp; hãy chọn văn bản .txt, .docx hoặc .pdf");
        }
        if (bytes.length > MAX_BYTES) {
            throw new TooLarge("file", "Tệp \"%s\" lớn hơn 20 MB".formatted(fileName));
        }
        if (areaCode == null || areaCode.isBlank()) {
            throw new RejectedInput("area", "Chưa nhập mã đơn vị hành chính mà văn bản nói về (ví dụ: 03408)");
        }
        Period p = Period.parse(period);
        Area area = areas.require(areaCode.strip(), p, "area");
        actor.requireRead(area);
        DocumentText document = DocumentText.of(fileName, bytes);
        List<IndicatorStatement> statements = new StatementExtractor().extract(document);
        UUID id = UUID.randomUUID();
        rows.save(
                new DocumentRows.Upload(
                        id, actor.name(user), null, fileName, areaCode.strip(), p.toString(), document.text()),
                statements.stream().map(StatementJson::of).collect(Collectors.joining(",", "[", "]")));
        return new Reading(id, fileName, area, p, document, propose(statements));
    }

    /** An uploaded document read again from its stored text. */
    public Reading reading(Actor actor, UUID id) {
        DocumentRows.Upload upload = rows.find(id)
                .orElseThrow(() -> new RejectedInput("id", "Không có văn bản đã tải lên mang mã %s".formatted(id)));
        Period period = Period.parse(upload.period());
        Area area = areas.require(upload.areaCode(), period, "area");
        actor.requireRead(area);
        DocumentText document = DocumentText.ofText(upload.fileName(), upload.text());
        return new Reading(
                id, upload.fileName(), area, period, document, propose(new StatementExtractor().extract(document)));
    }

    /** Each statement with the catalogue indicator it means (or a new one), its KTXH period, form and unit. */
    public List<Proposal> propose(List<IndicatorStatement> statements) {
        CatalogMatcher matcher = new CatalogMatcher(indicators.catalogue().values().stream()
                .sorted(Comparator.comparing(Indicator::code))
                .map(i -> new CatalogEntry(i.code(), i.name(), i.unit().name()))
                .toList());
        List<Proposal> out = new ArrayList<>();
        for (IndicatorStatement s : statements) {
            out.add(Proposals.of(
                    out.size() + 1, s, matcher.match(s.indicator() == null ? "" : s.indicator(), s.unit())));
        }
        return out;
    }

    /**
     * Records the accepted rows: targets into the plan (an adjustment of an existing target needs {@code decision}),
     * figures into their periods with the usual checks, lock and audit. Any refusal refuses all; each problem's field
     * starts with the row's number ("[3].value").
     */
    @Transactional
    public Accepted accept(
            Actor actor, UUID id, Long planId, List<Choice> choices, String decision, String reason, String user) {
        Reading reading = reading(actor, id);
        if (choices.isEmpty()) {
            throw new RejectedInput("accept", "Chưa chọn dòng nào; đánh dấu ô \"Nhận\" ở các dòng cần nhận");
        }
        Map<Integer, Proposal> proposals =
                reading.proposals().stream().collect(Collectors.toMap(Proposal::number, Function.identity()));
        List<RejectedInput> problems = new ArrayList<>();
        List<Choice> targets =
                choices.stream().filter(c -> c.use() == Use.TARGET).toList();
        List<Choice> figureRows =
                choices.stream().filter(c -> c.use() != Use.TARGET).toList();
        Optional<Plan> plan = Optional.empty();
        if (!targets.isEmpty()) {
            plan = plans.plansOf(reading.area()).stream()
                    .filter(p -> planId != null && p.id() == planId)
                    .findFirst();
            if (plan.isEmpty()) {
                problems.add(new RejectedInput(
                        "plan",
                        planId == null
                                ? "Chưa chọn kế hoạch để nhận các chỉ tiêu kế hoạch"
                                : "Kế hoạch số %d không phải kế hoạch của %s"
                                        .formatted(planId, reading.area().fullName())));
            }
        }
        int storedTargets = 0;
        for (Choice c : targets) {
            try {
                NewTarget target = target(reading, c, proposals.get(c.number()), decision);
                if (plan.isPresent()) {
                    plans.set(actor, plan.get().id(), target);
                    storedTargets++;
                }
            } catch (RejectedInput problem) {
                problems.add(problem.atItem(c.number(), "Dòng " + c.number()));
            }
        }
        int storedFigures = 0;
        List<Integer> sent = new ArrayList<>();
        List<FigureInput> inputs = new ArrayList<>();
        for (Choice c : figureRows) {
            if (c.indicator() == null || c.indicator().isBlank()) {
                problems.add(noIndicator(c, proposals.get(c.number())));
                continue;
            }
            Proposal p = proposals.get(c.number());
            sent.add(c.number());
            inputs.add(new FigureInput(
                    c.indicator().strip(),
                    reading.area().code(),
                    c.period(),
                    c.use().figureKind().name(),
                    c.value(),
                    blankToNull(c.unit()),
                    source(reading, p)));
        }
        if (!inputs.isEmpty()) {
            try {
                storedFigures = figures.store(actor, inputs, user, blankToNull(reason));
            } catch (RejectedInputs refused) {
                for (RejectedInput problem : refused.problems()) {
                    int number = problem.item() == null ? 0 : sent.get(problem.item());
                    problems.add(number == 0 ? problem : problem.atItem(number, "Dòng " + number));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedInputs(problems); // rolls back the targets and figures already written
        }
        return new Accepted(storedTargets, storedFigures);
    }

    private NewTarget target(Reading reading, Choice c, Proposal p, String decision) {
        if (c.indicator() == null || c.indicator().isBlank()) {
            throw new RejectedInput("indicator", noIndicatorMessage(p));
        }
        Indicator indicator = indicators.require(c.indicator().strip(), "indicator");
        Period period = Period.parse(c.period());
        TargetForm form = c.form() == null ? TargetForm.VALUE : c.form();
        BigDecimal value = number(c.value(), "value", "Giá trị");
        if (!form.isGrowth() && c.unit() != null && !c.unit().isBlank()) {
            value = UnitOfMeasure.of(c.unit())
                    .convert(value, indicator.unit())
                    .orElseThrow(() -> new RejectedInput(
                            "unit",
                            "Đơn vị \"%s\" không dùng được cho chỉ tiêu \"%s\" (đơn vị tính: %s)"
                                    .formatted(c.unit(), indicator.name(), indicator.unit())));
        }
        BigDecimal ofTotal = null;
        if (form == TargetForm.COUNT_OF_TOTAL) {
            ofTotal = c.ofTotal() != null && !c.ofTotal().isBlank()
                    ? number(c.ofTotal(), "ofTotal", "Tổng số")
                    : p == null ? null : p.ofTotal();
        }
        Period base = p != null && p.basePeriod() != null ? p.basePeriod() : Proposals.basePeriod(form, null, period);
        Decision document = decision == null || decision.isBlank() ? null : new Decision(decision.strip(), null, null);
        return new NewTarget(
                indicator.code(),
                reading.area().code(),
                period,
                new TargetStatement(form, value, ofTotal, base, null),
                false,
                source(reading, p),
                document);
    }

    private static BigDecimal number(String text, String field, String what) {
        try {
            return VnNumber.parse(text);
        } catch (RejectedInput problem) {
            throw new RejectedInput(field, what + " " + problem.getMessage());
        }
    }

    private static RejectedInput noIndicator(Choice c, Proposal p) {
        return new RejectedInput("[" + c.number() + "].indicator", "Dòng " + c.number() + ": " + noIndicatorMessage(p));
    }

    private static String noIndicatorMessage(Proposal p) {
        return "Chưa chọn chỉ tiêu trong danh mục%s; chọn một chỉ tiêu có sẵn, hoặc thêm chỉ tiêu mới vào danh mục trước"
                .formatted(p == null || p.name() == null ? "" : " cho \"%s\"".formatted(p.name()));
    }

    private static String source(Reading reading, Proposal p) {
        return p == null
                ? "Đọc văn bản " + reading.fileName()
                : "Đọc văn bản %s, dòng %d: \"%s\"".formatted(reading.fileName(), p.line(), p.quote());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
