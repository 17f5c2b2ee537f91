package vn.ktxh.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each column of a table holds, read from its header rows: the row label, the unit (ĐVT), the numbering, a value
 * with its kind and period ("KH 2025" target, "Ước TH 2025" estimate, "TH 2024", "Sơ bộ" actual, a bare year by the
 * document's date), a % of plan or a change comparing two columns, or something else. A header of several rows (a
 * merged "Năm 2025" or "Giai đoạn 2026-2030" over "Kế hoạch | Ước thực hiện") is read into one text per column first.
 */
final class ColumnModel {

    enum Role {
        NAME,
        UNIT,
        NUMBERING,
        VALUE,
        PERCENT_OF_PLAN,
        CHANGE,
        OTHER
    }

    /**
     * One column: its role; for a value its kind (null: from the section) and period (null: likewise); for a value or
     * a comparison the unit its heading gives ("(tỷ đồng)", "(%)"); for a comparison the kind of the column it
     * qualifies, and whether it is a ratio (105 = 5% more) rather than the change itself.
     */
    record Column(Role role, Kind kind, String period, String unit, Kind subject, boolean ratio, String heading) {

        /** A column that is only its role: no kind, period, unit or subject. */
        static Column of(Role role, String heading) {
            return new Column(role, null, null, null, null, false, heading);
        }

        /** Whether the heading names a rate as the indicator: "Tốc độ phát triển bình quân (%) 2000 – 2005". */
        boolean namesARate() {
            return NAMED_RATE.matcher(heading.toLowerCase(Locale.ROOT).strip()).lookingAt();
        }
    }

    /** A heading naming a rate as the indicator: "Tốc độ tăng …", "Chỉ số phát triển …". */
    private static final Pattern NAMED_RATE = Pattern.compile("(?:tốc độ|chỉ số) (?:tăng|phát triển)");

    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    private static final Pattern UNIT_IN_PARENTHESES = Pattern.compile("\\(([^()]{1,25})\\)");
    private static final List<String> OTHER_WORDS = List.of(
            "ghi chú",
            "đơn vị thực hiện",
            "đơn vị chủ trì",
            "chủ trì",
            "phối hợp",
            "thời gian",
            "cơ quan",
            "nguồn",
            "căn cứ",
            "lộ trình",
            "hướng dẫn",
            "giải pháp");
    private static final List<String> NAME_WORDS = List.of(
            "chỉ tiêu",
            "nội dung",
            "danh mục",
            "hạng mục",
            "tên",
            "lĩnh vực",
            "nhiệm vụ",
            "tiêu chí",
            "địa bàn",
            "đơn vị hành chính");
    private static final List<String> ESTIMATE_WORDS =
            List.of("ước", "ưth", "uth", "ư.th", "ước tính", "dự ước", "uớc");
    private static final List<String> ACTUAL_WORDS = List.of(
            "thực hiện", "th", "sơ bộ", "chính thức", "kết quả", "đã thực hiện", "lũy kế", "luỹ kế", "hiện trạng");
    private static final List<String> TARGET_WORDS = List.of(
            "kế hoạch",
            "kh",
            "dự toán",
            "chỉ tiêu",
            "mục tiêu",
            "giao",
            "nghị quyết",
            "nq",
            "phấn đấu",
            "định hướng",
            "dự kiến");
    private static final List<String> PLAN_REFERENCES =
            List.of("kế hoạch", "kh", "dự toán", "dt", "nghị quyết", "nq", "chỉ tiêu", "mục tiêu");

    private final List<Column> columns;

    private ColumnModel(List<Column> columns) {
        this.columns = columns;
    }

    List<Column> columns() {
        return columns;
    }

    int width() {
        return columns.size();
    }

    /**
     * A column whose heading names neither kind nor period ("Giá trị", "Số lượng") but whose cells are figures holds
     * values of the kind and period of the section the table stands in; explicit other columns ("Ghi chú") stay so.
     */
    ColumnModel withFigureColumns(List<List<TableLayout.Cell>> rows) {
        List<Column> out = new ArrayList<>(columns);
        for (int c = 0; c + 1 < out.size(); c++) {
            if (out.get(c).role() == Role.NAME
                    && out.get(c + 1).role() == Role.OTHER
                    && mostly(rows, c, TableLayout::isNumbering)) {
                out.set(c, Column.of(Role.NUMBERING, out.get(c).heading()));
                out.set(c + 1, Column.of(Role.NAME, out.get(c + 1).heading()));
            }
        }
        int name = 0;
        while (name < out.size() && out.get(name).role() != Role.NAME) {
            name++;
        }
        for (int c = name + 1; c < out.size(); c++) { // the columns left of the row label number the rows
            Column column = out.get(c);
            String h = column.heading().toLowerCase(Locale.ROOT);
            if (column.role() != Role.OTHER
                    || OTHER_WORDS.stream().anyMatch(w -> Words.containsWords(h, w))
                    || h.contains("điểm")) {
                continue;
            }
            int filled = 0;
            int figures = 0;
            for (List<TableLayout.Cell> row : rows) {
                String cell = c < row.size() ? row.get(c).text() : "";
                if (!cell.isEmpty() && !TableRow.isDash(cell)) {
                    filled++;
                    figures += TableRow.figure(cell) != null ? 1 : 0;
                }
            }
            if (filled >= 2 && figures * 3 >= filled * 2) {
                out.set(c, new Column(Role.VALUE, null, null, unitIn(column.heading()), null, false, column.heading()));
            }
        }
        return new ColumnModel(out);
    }

    private static boolean mostly(List<List<TableLayout.Cell>> rows, int c, Predicate<String> test) {
        int filled = 0;
        int passing = 0;
        for (List<TableLayout.Cell> row : rows) {
            String cell = c < row.size() ? row.get(c).text() : "";
            if (!cell.isEmpty()) {
                filled++;
                passing += test.test(cell) ? 1 : 0;
            }
        }
        return filled > 0 && passing * 3 >= filled * 2;
    }

    boolean hasValues() {
        return columns.stream().anyMatch(c -> c.role() == Role.VALUE);
    }

    boolean scoring() {
        return columns.stream().anyMatch(c -> Words.containsWords(c.heading().toLowerCase(Locale.ROOT), "điểm"));
    }

    /**
     * The model of {@code header} rows over rows {@code width} cells wide. {@code writtenYear} and {@code plan} decide
     * the kind of a bare year column: before the year of writing a result, from it on a target in a plan.
     */
    static ColumnModel of(List<List<TableLayout.Cell>> header, int width, int writtenYear, boolean plan) {
        List<String> texts = headings(header, width);
        List<Column> columns = new ArrayList<>();
        boolean named = false;
        for (int c = 0; c < texts.size(); c++) {
            Column column = column(texts.get(c), writtenYear, plan);
            if (column.role() == Role.NAME) {
                if (named) {
                    column = Column.of(Role.OTHER, column.heading());
                }
                named = true;
            }
            columns.add(column);
        }
        if (!named) {
            nameTheFirstTextColumn(columns);
        }
        if (columns.stream().noneMatch(c -> c.role() == Role.VALUE)) {
            columns.replaceAll(ColumnModel::rateAsFigure);
        }
        return new ColumnModel(columns);
    }

    /**
     * A rate named as the indicator ("Tốc độ tăng GRDP (%)") heading a table with no other figures (its years down the
     * side) holds the figures themselves, not a change of another column.
     */
    private static Column rateAsFigure(Column column) {
        boolean rate = column.role() == Role.CHANGE && column.namesARate();
        if (rate) {
            return new Column(Role.VALUE, null, null, column.unit(), null, false, column.heading());
        }
        String own = column.role() == Role.CHANGE ? comparedPeriod(column.heading()) : null;
        // "Tháng 6/2016 so với tháng trước | 6 tháng năm 2016 so với cùng kỳ năm trước": each cell is that period's
        // index, a figure of its own where no column gives the levels
        return own != null
                ? new Column(Role.VALUE, Kind.ACTUAL, own, column.unit(), null, false, column.heading())
                : column;
    }

    /** The period a comparison heading opens with, the one compared: "Tháng 6/2016 so với tháng trước"; else null. */
    private static String comparedPeriod(String heading) {
        String subject = heading.toLowerCase(Locale.ROOT).split("so với|so cùng kỳ| so ", 2)[0];
        String period = PeriodCues.firstIn(subject);
        return period != null && DocumentContext.yearOf(period) > 0 ? period : null;
    }

    /** A table whose label column has no heading (" | 2018 | 2019"): the first column that is not a value names the row. */
    private static void nameTheFirstTextColumn(List<Column> columns) {
        for (int c = 0; c < columns.size(); c++) {
            Role role = columns.get(c).role();
            if (role == Role.OTHER) {
                columns.set(c, Column.of(Role.NAME, columns.get(c).heading()));
                return;
            }
            if (role == Role.VALUE || role == Role.PERCENT_OF_PLAN || role == Role.CHANGE) {
                return;
            }
        }
    }

    /**
     * One heading text per column. The first row spans the full width when it is as wide; otherwise its cells that
     * name a group (a period with no kind word, or any cell standing over the lower row) spread over the lower row's
     * cells, and a lower row that does not fit stands over the rightmost columns.
     */
    static List<String> headings(List<List<TableLayout.Cell>> header, int width) {
        List<StringBuilder> texts = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            texts.add(new StringBuilder());
        }
        if (header.isEmpty()) {
            return texts.stream().map(StringBuilder::toString).toList();
        }
        List<String> top = header.get(0).stream().map(TableLayout.Cell::text).toList();
        List<String> lower = header.size() > 1
                ? header.get(1).stream().map(TableLayout.Cell::text).toList()
                : List.of();
        int[] spans = spans(top, lower, width);
        int at = 0;
        for (int t = 0; t < top.size() && at < width; t++) {
            for (int s = 0; s < spans[t] && at + s < width; s++) {
                texts.get(at + s).append(top.get(t));
            }
            at += spans[t];
        }
        if (top.size() == width && lower.size() == width) {
            for (int c = 1; c < width; c++) {
                if (top.get(c).isEmpty()
                        && !lower.get(c).isEmpty()
                        && !texts.get(c - 1).isEmpty()) {
                    texts.get(c).append(texts.get(c - 1)); // the rest of a merged cell written as empty cells
                }
            }
        }
        for (int r = 1; r < header.size(); r++) {
            List<String> row =
                    header.get(r).stream().map(TableLayout.Cell::text).toList();
            List<String> filled =
                    row.size() == width ? row : r == 1 ? underGroups(top, spans, row, width) : rightAligned(row, width);
            for (int c = 0; c < width; c++) {
                if (!filled.get(c).isEmpty()) {
                    texts.get(c).append(' ').append(filled.get(c));
                }
            }
        }
        return texts.stream().map(s -> s.toString().strip()).toList();
    }

    /**
     * How many columns each top cell spans. Over a full-width lower row a cell spans the run of lower cells under it
     * (an empty lower cell is the same cell merged down), leaving room for the cells after it; over a row of only the
     * sub-cells the extra columns are shared among the group cells (those with no kind word: "Năm 2025", "So sánh").
     */
    private static int[] spans(List<String> top, List<String> lower, int width) {
        int[] spans = new int[top.size()];
        Arrays.fill(spans, 1);
        int extra = width - top.size();
        if (extra <= 0) {
            return spans;
        }
        if (lower.size() == width) {
            int at = 0;
            for (int t = 0; t < top.size() && at < width; t++) {
                int run = 0;
                while (at + run < width && !lower.get(at + run).isEmpty()) {
                    run++;
                }
                int left = top.size() - t;
                if (at + run == width && left > 1 && run % left == 0 && allGroups(top.subList(t, top.size()))) {
                    spans[t] = run / left; // "2005 | 2010 | 2017" over "Diện tích | Năng suất | Sản lượng" each
                    at += spans[t];
                    continue;
                }
                spans[t] = Math.max(1, Math.min(run, width - at - (top.size() - t - 1)));
                at += spans[t];
            }
            return spans;
        }
        List<Integer> groups = new ArrayList<>();
        for (int t = 0; t < top.size(); t++) {
            if (isGroup(top.get(t))) {
                groups.add(t);
            }
        }
        if (groups.isEmpty()) {
            groups.add(top.size() - 1);
        }
        for (int g = 0; g < groups.size(); g++) {
            spans[groups.get(g)] += extra / groups.size() + (g < extra % groups.size() ? 1 : 0);
        }
        return spans;
    }

    /** A heading that names a group of columns: a period with no kind word, not the label, unit or numbering. */
    private static boolean isGroup(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        Role role = roleByWords(h);
        boolean identity =
                h.isEmpty() || role == Role.NAME || role == Role.UNIT || role == Role.NUMBERING || role == Role.OTHER;
        return !identity && kindOf(h) == null;
    }

    private static boolean allGroups(List<String> headings) {
        return headings.stream().allMatch(ColumnModel::isGroup);
    }

    /** A lower header row of only the sub-cells: under the group cells in order, or right-aligned when it does not fit. */
    private static List<String> underGroups(List<String> top, int[] spans, List<String> row, int width) {
        int grouped = 0;
        for (int span : spans) {
            grouped += span > 1 ? span : 0;
        }
        if (grouped != row.size()) {
            return rightAligned(row, width);
        }
        List<String> filled = new ArrayList<>();
        int next = 0;
        for (int t = 0; t < top.size(); t++) {
            for (int s = 0; s < spans[t]; s++) {
                filled.add(spans[t] > 1 ? row.get(next++) : "");
            }
        }
        while (filled.size() < width) {
            filled.add("");
        }
        return filled.subList(0, width);
    }

    private static List<String> rightAligned(List<String> row, int width) {
        List<String> filled = new ArrayList<>();
        for (int c = 0; c < width - row.size(); c++) {
            filled.add("");
        }
        filled.addAll(row.subList(Math.max(0, row.size() - width), row.size()));
        return filled;
    }

    private static Column column(String heading, int writtenYear, boolean plan) {
        String h = heading.toLowerCase(Locale.ROOT).replace('\u00a0', ' ').strip();
        Role role = roleByWords(h);
        String unit = unitIn(heading);
        String ownPeriod = lastPeriodIn(heading);
        if (role == Role.CHANGE && NAMED_RATE.matcher(h).lookingAt() && ownPeriod != null) {
            // "Tốc độ tăng so với quý I năm trước | Quý I/2011": the rate of that period is the figure itself
            return new Column(Role.VALUE, null, ownPeriod, unit, null, false, heading);
        }
        if (role == Role.PERCENT_OF_PLAN || role == Role.CHANGE) {
            String subject = h.split("so với|so sánh|/| so ", 2)[0];
            boolean ratio = !Words.containsWords(h, "tăng") && !Words.containsWords(h, "giảm");
            return new Column(role, null, null, unit, kindOf(subject), ratio, heading);
        }
        if (role != null) {
            return Column.of(role, heading);
        }
        Kind kind = kindOf(h);
        String period = periodOf(heading);
        if (kind == null && period == null) {
            return Column.of(Role.OTHER, heading);
        }
        if (kind == null) {
            int year = DocumentContext.yearOf(period);
            boolean past = writtenYear > 0 && (year < writtenYear || year == writtenYear && !plan);
            kind = past || writtenYear == 0 && !plan ? Kind.ACTUAL : Kind.TARGET;
        }
        return new Column(Role.VALUE, kind, period, unit, null, false, heading);
    }

    /** The period a lower header row gives a column, written last: "… so với quý I năm trước Quý I/2011" → Q1/2011. */
    private static String lastPeriodIn(String heading) {
        List<PeriodCues.PeriodCue> cues = PeriodCues.findAll(heading);
        String last = cues.isEmpty() ? null : cues.get(cues.size() - 1).period();
        return last != null && DocumentContext.yearOf(last) > 0 ? last : null;
    }

    /** The role a heading's words give, or null for a value column (or one whose words say nothing). */
    private static Role roleByWords(String h) {
        String bare = h.replaceAll("\\([^)]*\\)", "").strip();
        if (bare.equals("stt") || bare.equals("tt") || bare.equals("số tt") || bare.equals("số thứ tự")) {
            return Role.NUMBERING;
        }
        if (Words.containsWords(bare, "đvt")
                || bare.contains("đơn vị tính")
                || bare.contains("đv tính")
                || bare.equals("đơn vị")) {
            return Role.UNIT;
        }
        boolean compares = h.contains("so với")
                || h.contains("so sánh")
                || Words.containsWords(h, "so")
                || h.contains("/") && h.contains("%")
                || h.contains("tăng, giảm")
                || h.contains("tăng/giảm")
                || h.contains("tăng giảm")
                || h.contains("tốc độ");
        if (compares) {
            String reference = h.replaceFirst("^.*?(so với|so sánh|so |/)", "");
            return PLAN_REFERENCES.stream().anyMatch(w -> Words.containsWords(reference, w))
                            && !reference.contains("cùng kỳ")
                    ? Role.PERCENT_OF_PLAN
                    : Role.CHANGE;
        }
        // "Sản phẩm" heads a task table's column of deliverables; "Thuế sản phẩm …" is a figure's heading
        if (OTHER_WORDS.stream().anyMatch(w -> Words.containsWords(bare, w)) || bare.startsWith("sản phẩm")) {
            return Role.OTHER;
        }
        boolean noFigures = !YEAR.matcher(bare).find() && kindOf(bare.replace("chỉ tiêu", "")) == null;
        if (noFigures && NAME_WORDS.stream().anyMatch(w -> Words.containsWords(bare, w))) {
            return Role.NAME;
        }
        return null;
    }

    /** The kind a heading's words give: estimate before actual ("ước thực hiện"), then target; null for none. */
    static Kind kindOf(String h) {
        String lower = h.toLowerCase(Locale.ROOT);
        if (ESTIMATE_WORDS.stream().anyMatch(w -> Words.containsWords(lower, w))) {
            return Kind.ESTIMATE;
        }
        if (ACTUAL_WORDS.stream().anyMatch(w -> Words.containsWords(lower, w))) {
            return Kind.ACTUAL;
        }
        if (TARGET_WORDS.stream().anyMatch(w -> Words.containsWords(lower, w))
                || BUDGET.matcher(lower).find()) {
            return Kind.TARGET;
        }
        return null;
    }

    /**
     * "DT" for "dự toán" ("DT 2025", "DT tỉnh giao"), not for the "diện tích" or "doanh thu" of a noun after it ("DT
     * thu hoạch", "DT gieo trồng").
     */
    private static final Pattern BUDGET =
            Pattern.compile("(?<!\\p{L})dt(?!\\p{L})(?!\\s+(?!năm|giao|tỉnh|huyện|hđnd|ttg|được)\\p{L})");

    private static String periodOf(String heading) {
        Matcher index = INDEX_OVER_YEAR.matcher(heading);
        if (index.find()) {
            return index.group(1); // "2016/2015": an index of 2016 over the year before
        }
        String named = PeriodCues.firstIn(heading);
        if (named != null) {
            return named;
        }
        Matcher span =
                Pattern.compile("((?:19|20)\\d\\d) ?[-–] ?((?:19|20)\\d\\d)").matcher(heading);
        if (span.find()) {
            return span.group(1) + "-" + span.group(2);
        }
        Matcher year = YEAR.matcher(heading);
        String last = null;
        while (year.find()) {
            last = year.group();
        }
        return last;
    }

    /** "2016/2015", "Năm 2019 / 2018": a year over an earlier one heads an index, of the first year. */
    private static final Pattern INDEX_OVER_YEAR = Pattern.compile("((?:19|20)\\d\\d) ?/ ?(?:19|20)\\d\\d");

    /** "(tỷ đồng)", "(%)" in a heading: the unit of its values. */
    static String unitIn(String text) {
        Matcher m = UNIT_IN_PARENTHESES.matcher(text);
        String found = null;
        String vietnamese = null; // the last bracket of Vietnamese words: "(Bệnh viện)"
        while (m.find()) {
            String inside = m.group(1).strip();
            UnitLexicon.Unit unit = UnitLexicon.parse(" " + inside, 0);
            String whole = unit != null && unit.end() >= inside.length() ? unit.name() : null;
            // a bilingual label glosses its unit in English after the Vietnamese one: "Số trường (Trường) … (School)"
            if (vietnamese != null && ENGLISH.matcher(inside).matches()) {
                return vietnamese;
            }
            // an acronym names the indicator ("(HDI)", "(GINI)") unless it is a measure ("(USD)")
            boolean acronym = inside.equals(inside.toUpperCase(Locale.ROOT)) && unit != null && !unit.measure();
            if (!YEAR.matcher(inside).find() && !inside.matches("\\d+") && !acronym) {
                found = whole != null ? whole : inside.equals("%") ? "%" : found;
            }
            vietnamese = VIETNAMESE_WORDS.matcher(inside).matches()
                    ? whole != null ? whole : inside.toLowerCase(Locale.ROOT)
                    : null;
        }
        return found;
    }

    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z][A-Za-z./ ]*");

    /** One to three words with a Vietnamese letter among them: "Trường", "Bệnh viện", "Người", "Lớp/nhóm". */
    private static final Pattern VIETNAMESE_WORDS = Pattern.compile("(?=.*[^\\x00-\\x7F])\\p{L}+(?:[ /]\\p{L}+){0,2}");
}
