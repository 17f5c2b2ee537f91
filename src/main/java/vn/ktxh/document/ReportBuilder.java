package vn.ktxh.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.ktxh.account.Accounts;
import vn.ktxh.area.Area;
import vn.ktxh.area.AreaKind;
import vn.ktxh.data.FigureKind;
import vn.ktxh.document.Block.Heading;
import vn.ktxh.document.Block.Paragraph;
import vn.ktxh.document.OfficialDocument.Annex;
import vn.ktxh.document.OfficialDocument.Closing;
import vn.ktxh.document.OfficialDocument.Header;
import vn.ktxh.document.Table.Align;
import vn.ktxh.document.Table.Cell;
import vn.ktxh.document.Table.Column;
import vn.ktxh.evaluation.AchievementCount;
import vn.ktxh.evaluation.Evaluation;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.plan.Target;
import vn.ktxh.shared.Period;

/**
 * Writes the report "Báo cáo tình hình thực hiện Kế hoạch phát triển kinh tế - xã hội" from its facts, in the
 * order of seed 002: header, title, the narrative by sector, the results of the main indicators, what was missed,
 * next year's targets, the closing, "Nơi nhận", the signature, and the annexes.
 */
public final class ReportBuilder {

    private static final Locale VI = Locale.forLanguageTag("vi");
    /** Room left for a number or a day written by hand; non-breaking, so no format collapses it. */
    static final String BLANK = "\u00a0".repeat(6);

    private static final String ROMAN = "I II III IV V VI VII VIII IX X";
    /** Sub-unit annex: indicator columns per landscape page beside STT and the unit's name. */
    private static final int INDICATORS_PER_PAGE = 7;

    private ReportBuilder() {}

    public static OfficialDocument build(ReportFacts facts) {
        Area area = facts.area();
        Period period = facts.period();
        Narrative.Particulars p = facts.narrative().particulars();
        boolean annual = period.type() == Period.Type.YEAR;
        Period next = Period.year(period.year() + 1);

        Header header = new Header(
                List.of(),
                List.of("ỦY BAN NHÂN DÂN", upper(area.fullName())),
                Header.NATION,
                Header.MOTTO,
                "Số: " + number(p) + "/BC-UBND",
                placeAndDate(area, period, p));
        String title = "Tình hình thực hiện Kế hoạch phát triển kinh tế - xã hội " + period.label()
                + (annual ? ", Kế hoạch " + next.label() : "");

        List<Block> body = new ArrayList<>();
        paragraphs(facts.narrative().text(ReportSections.INTRODUCTION).orElse(null), body);
        if (annual) {
            body.add(new Heading(1, "Phần thứ nhất"));
        }
        body.add(new Heading(
                1, "ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI " + upper(period.label())));
        Roman part = new Roman();
        List<Evaluation> main =
                facts.evaluations().stream().filter(facts::isMain).toList();
        List<Evaluation> others = facts.evaluations().stream()
                .filter(e -> !facts.isMain(e) && IndicatorSentences.hasFigure(e))
                .toList();
        body.add(new Heading(2, part.next() + ". KẾT QUẢ THỰC HIỆN TRÊN CÁC NGÀNH, LĨNH VỰC"));
        if (!sectors(facts, others, body)) {
            body.add(new Paragraph(
                    "Chưa có số liệu và nội dung đánh giá của các ngành, lĩnh vực " + period.label() + "."));
        }
        written(
                part,
                "TÌNH HÌNH THỰC HIỆN CÁC CHƯƠNG TRÌNH TRỌNG TÂM",
                facts.narrative().text(ReportSections.PROGRAMMES),
                body);

        body.add(new Heading(2, part.next() + ". KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU"));
        List<Evaluation> mainWithFigures =
                main.stream().filter(IndicatorSentences::hasFigure).toList();
        int i = 0;
        for (List<Evaluation> sector : bySector(mainWithFigures).values()) {
            body.add(new Paragraph("(" + ++i + "). " + sentences(sector, facts)));
        }
        if (mainWithFigures.isEmpty()) {
            body.add(new Paragraph("Chưa có số liệu thực hiện các chỉ tiêu chủ yếu " + period.label() + "."));
        } else if (mainWithFigures.stream().anyMatch(e -> e.status() != null)) {
            body.add(new Paragraph(AchievementCount.of(mainWithFigures.stream()
                                    .map(Evaluation::status)
                                    .toList())
                            .sentence()
                    + withoutFigures(main.size() - mainWithFigures.size(), main.size())));
        }
        if (!mainWithFigures.isEmpty()) {
            body.add(new Paragraph("(Chi tiết tại Phụ lục I kèm theo)"));
        }

        body.add(new Heading(2, part.next() + ". ĐÁNH GIÁ CHUNG"));
        int assessed = 0;
        Optional<String> achievements = facts.narrative().text(ReportSections.ACHIEVEMENTS);
        if (achievements.isPresent()) {
            body.add(new Heading(3, ++assessed + ". Kết quả đạt được nổi bật"));
            paragraphs(achievements.get(), body);
        }
        body.add(new Heading(3, ++assessed + ". Tồn tại, hạn chế"));
        body.add(new Paragraph(IndicatorSentences.missed(main, facts.precision())));
        paragraphs(facts.narrative().text(ReportSections.LIMITATIONS).orElse(null), body);
        Optional<String> causes = facts.narrative().text(ReportSections.CAUSES);
        if (causes.isPresent()) {
            body.add(new Heading(3, ++assessed + ". Nguyên nhân hạn chế"));
            paragraphs(causes.get(), body);
        }

        Optional<String> tasks = facts.narrative().text(ReportSections.TASKS);
        if (annual) {
            body.add(new Heading(1, "Phần thứ hai"));
            body.add(new Heading(1, "KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI " + upper(next.label())));
            Roman second = new Roman();
            written(second, "DỰ BÁO THUẬN LỢI, KHÓ KHĂN", facts.narrative().text(ReportSections.OUTLOOK), body);
            nextYear(second, next, facts, body);
            written(second, "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU " + upper(next.label()), tasks, body);
        } else {
            written(part, "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI", tasks, body);
        }
        body.add(new Paragraph("Trên đây là Báo cáo tình hình thực hiện Kế hoạch phát triển kinh tế - xã hội "
                + period.label() + (annual ? ", Kế hoạch " + next.label() : "") + " của Ủy ban nhân dân "
                + area.fullName() + "./."));

        Closing closing = new Closing(
                recipients(area, p),
                "TM. ỦY BAN NHÂN DÂN",
                blank(p.signerTitle()) ? "CHỦ TỊCH" : p.signerTitle().strip(),
                Objects.requireNonNullElse(p.signerName(), "").strip());

        String attached = "(Kèm theo Báo cáo số " + number(p) + "/BC-UBND " + dateWords(p.date(), period)
                + " của Ủy ban nhân dân " + area.fullName() + ")";
        List<Annex> annexes = new ArrayList<>();
        annexes.add(new Annex(
                "Phụ lục I",
                "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU " + upper(period.label())
                        + (annual ? " VÀ KẾ HOẠCH " + upper(next.label()) : ""),
                attached,
                indicatorTable(facts, annual, next)));
        unitTable(facts)
                .ifPresent(table -> annexes.add(new Annex(
                        "Phụ lục II",
                        "MỘT SỐ CHỈ TIÊU CHỦ YẾU " + upper(period.label()) + " THEO ĐƠN VỊ HÀNH CHÍNH CẤP DƯỚI",
                        attached,
                        table)));
        if (facts.investment() != null && !facts.investment().isEmpty()) {
            annexes.add(new Annex(
                    "Phụ lục " + ROMAN.split(" ")[annexes.size()],
                    "TÌNH HÌNH GIẢI NGÂN KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM "
                            + facts.investment().year(),
                    attached,
                    InvestmentAnnex.of(facts.investment(), facts.precision())));
        }
        List<Block> kept = body.stream()
                .map(b -> b instanceof Heading h ? new Heading(h.level(), together(h.text())) : b)
                .toList();
        return new OfficialDocument(header, "BÁO CÁO", together(title), kept, closing, annexes);
    }

    /** STT | Chỉ tiêu | ĐVT | Kế hoạch | Ước TH | % so KH | So cùng kỳ | KH năm sau. */
    static Table indicatorTable(ReportFacts facts, boolean annual, Period next) {
        Period period = facts.period();
        boolean anyEstimate = facts.evaluations().stream().anyMatch(e -> e.kind() == FigureKind.ESTIMATE);
        boolean anyFinal = facts.evaluations().stream().anyMatch(e -> e.kind() == FigureKind.FINAL);
        boolean mixed = anyEstimate && anyFinal; // then a column says which rows are estimates
        List<Column> columns = new ArrayList<>(List.of(
                new Column("STT", 5, Align.CENTER),
                new Column("Chỉ tiêu", 38, Align.LEFT),
                new Column("ĐVT", 14, Align.CENTER),
                new Column("Kế hoạch " + period.label(), 11, Align.RIGHT),
                new Column(
                        (anyEstimate && !anyFinal ? "Ước thực hiện " : "Thực hiện ") + period.label(), 11, Align.RIGHT),
                new Column("% so kế hoạch", 9, Align.RIGHT),
                new Column("Tăng (+), giảm (-) so cùng kỳ (%)", 10, Align.RIGHT)));
        if (mixed) {
            columns.add(5, new Column("Số liệu", 7, Align.CENTER));
        }
        if (annual) {
            columns.add(new Column("Kế hoạch " + next.label(), 11, Align.RIGHT));
        }
        Map<String, Target> nextByIndicator = facts.nextTargets().stream()
                .collect(Collectors.toMap(Target::indicator, Function.identity(), (a, b) -> a));
        List<List<Cell>> rows = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        for (Evaluation e : facts.evaluations()) {
            shown.add(e.indicator().code());
            List<Cell> row = new ArrayList<>(List.of(
                    Cell.text(Integer.toString(rows.size() + 1)),
                    Cell.text(e.indicator().name()),
                    Cell.text(e.indicator().unit().name()),
                    e.target() != null && e.target().derived() ? Cell.text("") : targetCell(e.target()),
                    Cell.number(e.actual()),
                    Cell.number(
                            e.percentOfPlan() == null ? null : facts.precision().printed(e.percentOfPlan())),
                    Cell.number(e.change() == null ? null : e.change().asPrinted())));
            if (mixed) {
                row.add(
                        5,
                        Cell.text(
                                e.kind() == FigureKind.ESTIMATE
                                        ? "ước"
                                        : e.kind() == FigureKind.FINAL ? "chính thức" : ""));
            }
            if (annual) {
                row.add(targetCell(nextByIndicator.get(e.indicator().code())));
            }
            rows.add(row);
        }
        if (annual) {
            for (Target t : facts.nextTargets()) {
                if (shown.add(t.indicator())) {
                    Indicator indicator = facts.catalogue().get(t.indicator());
                    List<Cell> row = new ArrayList<>(List.of(
                            Cell.text(Integer.toString(rows.size() + 1)),
                            Cell.text(indicator.name()),
                            Cell.text(indicator.unit().name())));
                    while (row.size() < columns.size() - 1) {
                        row.add(Cell.text(""));
                    }
                    row.add(targetCell(t));
                    rows.add(row);
                }
            }
        }
        return new Table(columns, rows, columns.size(), 0);
    }

    /** Rows: the sub-units; columns: the indicators they report, a landscape page holding a few at a time. */
    static Optional<Table> unitTable(ReportFacts facts) {
        List<Indicator> indicators = facts.evaluations().stream()
                .map(Evaluation::indicator)
                .filter(i -> facts.units().stream().anyMatch(u -> u.values().get(i.code()) != null))
                .toList();
        if (indicators.isEmpty()) {
            return Optional.empty();
        }
        List<Column> columns =
                new ArrayList<>(List.of(new Column("STT", 6, Align.CENTER), new Column("Đơn vị", 22, Align.LEFT)));
        indicators.forEach(
                i -> columns.add(new Column(i.name() + " (" + i.unit().name() + ")", 12, Align.RIGHT)));
        List<List<Cell>> rows = new ArrayList<>();
        for (ReportFacts.UnitFigures unit : facts.units()) {
            List<Cell> row = new ArrayList<>(List.of(
                    Cell.text(Integer.toString(rows.size() + 1)),
                    Cell.text(ReportSections.capitalised(unit.unit().fullName()))));
            indicators.forEach(i -> row.add(Cell.number(unit.values().get(i.code()))));
            rows.add(row);
        }
        return Optional.of(new Table(columns, rows, 2, INDICATORS_PER_PAGE));
    }

    /**
     * The sectors with text or results, under their group ("1. Về phát triển kinh tế", "1.1. Thương mại - dịch vụ, du
     * lịch"), numbered as printed; a group with nothing is left out. Whether any was written.
     */
    private static boolean sectors(ReportFacts facts, List<Evaluation> others, List<Block> body) {
        Map<String, List<Evaluation>> othersBySector = bySector(others);
        int groups = 0;
        for (Map.Entry<String, List<String>> group :
                ReportSections.groups(sectorsOf(facts.catalogue())).entrySet()) {
            List<Block> written = new ArrayList<>();
            int n = 0;
            for (String sector : group.getValue()) {
                String text = facts.narrative().text(sector).orElse(null);
                List<Evaluation> results = othersBySector.getOrDefault(sector, List.of());
                List<String> investment = sector.equals(Accounts.INVESTMENT_SECTOR) && facts.investment() != null
                        ? InvestmentSentences.of(facts.investment(), facts.precision())
                        : List.of();
                if (text != null || !results.isEmpty() || !investment.isEmpty()) {
                    written.add(new Heading(4, (groups + 1) + "." + ++n + ". " + ReportSections.heading(sector)));
                    paragraphs(text, written);
                    if (!results.isEmpty()) {
                        written.add(new Paragraph(sentences(results, facts)));
                    }
                    investment.forEach(sentence -> written.add(new Paragraph(sentence)));
                }
            }
            if (!written.isEmpty()) {
                body.add(new Heading(3, ++groups + ". " + group.getKey()));
                body.addAll(written);
            }
        }
        return groups > 0;
    }

    /** A part made only of what users wrote: printed, numbered, only when there is text. */
    private static void written(Roman part, String heading, Optional<String> text, List<Block> body) {
        if (text.isPresent()) {
            body.add(new Heading(2, part.next() + ". " + heading));
            paragraphs(text.get(), body);
        }
    }

    /** Phần thứ hai, II: the general goal when written, then the next year's targets (or that there are none yet). */
    private static void nextYear(Roman part, Period next, ReportFacts facts, List<Block> body) {
        body.add(new Heading(2, part.next() + ". MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU " + upper(next.label())));
        Optional<String> goal = facts.narrative().text(ReportSections.GOAL);
        if (goal.isPresent()) {
            body.add(new Heading(3, "1. Mục tiêu chung"));
            paragraphs(goal.get(), body);
            body.add(new Heading(3, "2. Các chỉ tiêu chủ yếu"));
        }
        int t = 0;
        for (Target target : facts.nextTargets()) {
            Indicator indicator = facts.catalogue().get(target.indicator());
            body.add(new Paragraph("(" + ++t + "). " + IndicatorSentences.target(indicator, target)));
        }
        if (t == 0) {
            body.add(new Paragraph("Chưa có chỉ tiêu kế hoạch " + next.label() + " trong hệ thống."));
        }
    }

    /** The count is over the indicators with figures: say so when some main indicators have none (" 17/18 ... chưa có số liệu"). */
    private static String withoutFigures(int without, int all) {
        return without == 0
                ? ""
                : " Còn " + IndicatorSentences.twoDigits(without) + "/" + IndicatorSentences.twoDigits(all)
                        + " chỉ tiêu chủ yếu chưa có số liệu thực hiện, chưa được đánh giá.";
    }

    /** A plain target is a number a spreadsheet can use; the other forms keep their words. */
    private static Cell targetCell(Target target) {
        if (target == null) {
            return Cell.text("");
        }
        return target.form().isAmount()
                ? Cell.number(target.value())
                : Cell.text(IndicatorSentences.targetShort(target));
    }

    private static String number(Narrative.Particulars p) {
        if (blank(p.number())) {
            return BLANK; // left blank for the clerk who registers the document
        }
        String n = p.number().strip();
        int slash = n.indexOf('/');
        return slash >= 0 ? n.substring(0, slash).strip() : n;
    }

    /** "Thành phố Lai Châu, ngày 28 tháng 11 năm 2024"; a missing date is left blank for the signature day. */
    static String placeAndDate(Area area, Period period, Narrative.Particulars p) {
        String place = blank(p.place()) ? defaultPlace(area) : p.place().strip();
        return place + ", " + dateWords(p.date(), period);
    }

    /**
     * Nghị định 30/2020 writes days below 10 and months below 3 with a leading zero ("ngày 05 tháng 02").
     */
    static String dateWords(LocalDate date, Period period) {
        if (date == null) {
            return "ngày" + BLANK + "tháng" + BLANK + "năm " + period.lastDay().getYear();
        }
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : Integer.toString(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : Integer.toString(date.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /** The place name of the issuing body: "Thành phố Lai Châu" for a city, the bare name otherwise. */
    static String defaultPlace(Area area) {
        return area.kind() == AreaKind.PROVINCIAL_CITY || area.kind() == AreaKind.TOWN
                ? ReportSections.capitalised(area.fullName())
                : area.name();
    }

    private static List<String> recipients(Area area, Narrative.Particulars p) {
        if (!p.recipients().isEmpty()) {
            return p.recipients();
        }
        return List.of("TT. HĐND " + area.fullName() + ";", "Lưu: VT.");
    }

    /** Results grouped by sector, sectors in the order a report treats them. */
    private static Map<String, List<Evaluation>> bySector(List<Evaluation> evaluations) {
        List<String> order = ReportSections.sectors(
                evaluations.stream().map(e -> e.indicator().sector()).toList());
        Map<String, List<Evaluation>> out = new TreeMap<>(Comparator.comparingInt(order::indexOf));
        evaluations.forEach(e -> out.computeIfAbsent(e.indicator().sector(), k -> new ArrayList<>())
                .add(e));
        return out;
    }

    /** The sentences of several results, one after the other as a report's paragraph holds them. */
    private static String sentences(List<Evaluation> results, ReportFacts facts) {
        return results.stream()
                .map(e -> IndicatorSentences.result(
                        e, facts.cumulative().get(e.indicator().code()), facts.precision()))
                .collect(Collectors.joining(" "));
    }

    private static Set<String> sectorsOf(Map<String, Indicator> catalogue) {
        return catalogue.values().stream().map(Indicator::sector).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Paragraphs of a user's text: one per non-empty line. */
    private static void paragraphs(String text, List<Block> body) {
        if (text == null) {
            return;
        }
        text.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .map(Paragraph::new)
                .forEach(body::add);
    }

    /** Phrases a line must not break inside: "kinh tế - xã hội", "năm 2024", "quốc phòng - an ninh". */
    private static final Pattern PHRASE = Pattern.compile(
            "(?iu)kinh tế - xã hội|quốc phòng - an ninh|năm \\d{4}|giai đoạn \\d{4}-\\d{4}|chỉ tiêu chủ yếu");

    /** Title and headings keep their phrases whole: the spaces inside them do not break (Nghị định 30). */
    static String together(String text) {
        return PHRASE.matcher(text).replaceAll(m -> m.group().replace(' ', '\u00a0'));
    }

    private static String upper(String text) {
        return text.toUpperCase(VI);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** I, II, III … for the sections of a part. */
    private static final class Roman {
        private int n;

        String next() {
            return ROMAN.split(" ")[n++];
        }
    }
}
