package vn.ktxh.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ktxh.shared.FoldedText;

/**
 * What the document says about itself in its header and title: whose it is ("UBND phường Tân Phong"), which period
 * it is about ("năm 2025", "5 năm 2021 - 2025"), the year it was written ("ngày 28 tháng 11 năm 2024"; without a date,
 * the year it is about, and {@code dated} false; {@code dateNotItsOwn} when the date a page was posted or its congress's
 * term gives it), whether it is
 * an undated page whose headline or lead announces targets ({@code targetsPage}), and whether
 * it is a plan (KẾ HOẠCH) or a report (BÁO CÁO) — a figure with no other cue is a target in a plan, a result in a
 * report; and the term of the party congress a page reports ("nhiệm kỳ 2025-2030"), which dates the targets it sets
 * without a year of their own, else null.
 */
record DocumentContext(
        String area,
        String period,
        int writtenYear,
        boolean dated,
        boolean dateNotItsOwn,
        boolean targetsPage,
        boolean plan,
        boolean countsProvincesOfCountry,
        String term) {

    /** The header and title stand in the first lines; later lines are the body. */
    private static final int HEADER_LINES = 45;

    /**
     * A unit named with its level: "xã Tân Phong", "HUYỆN GÒ DẦU", "Quận 3", "TP. Hồ Chí Minh", "TP.HCM" (group 1 or 2
     * the level, group 3 the name; see {@link #levelOf}, {@link #nameOf}).
     */
    private static final Pattern UNIT = Pattern.compile(
            "(?:([Pp]hường|PHƯỜNG|[Xx]ã|XÃ|[Tt]hị trấn|THỊ TRẤN|[Tt]hành phố|THÀNH PHỐ|[Tt]hị xã|THỊ XÃ|[Hh]uyện|HUYỆN"
                    + "|[Qq]uận|QUẬN|[Tt]ỉnh|TỈNH|[Đđ]ặc khu|ĐẶC KHU) |(?<!\\p{L})(TP\\.|Tp\\.|TP|TX\\.|Tx\\.)(?: |(?=\\p{Lu})))"
                    + "((?:\\p{Lu}\\p{L}*(?: |$|(?=[,.;:)]))){1,4}|\\d{1,2}(?![.,]?\\d)(?=[\\s,.;:)]|$))");

    /** The level of a unit {@link #UNIT} found, in lower case ("TP." is "thành phố", "TX." "thị xã"). */
    private static String levelOf(Matcher m) {
        if (m.group(1) != null) {
            return m.group(1).toLowerCase(Locale.ROOT);
        }
        return m.group(2).toUpperCase(Locale.ROOT).startsWith("TX") ? "thị xã" : "thành phố";
    }

    /** The name of a unit {@link #UNIT} found; a number names only a district or ward ("Quận 3"), else "". */
    private static String nameOf(Matcher m) {
        String name = m.group(3).strip();
        String level = levelOf(m);
        if (Character.isDigit(name.charAt(0)) && !level.equals("quận") && !level.equals("phường")) {
            return "";
        }
        if (NOT_NAMES.contains(Words.lower(name.split(" ")[0]))) {
            return ""; // "GRDP trên địa bàn tỉnh Quý III đạt …": a period capitalised after the level word
        }
        return name.equals("HCM") ? "Hồ Chí Minh" : ToneMarks.official(withoutEnglishCopy(name));
    }

    /** A yearbook's bilingual name, "Đà Bắc Da Bac" (the name, then the same without its marks), is the name once. */
    private static String withoutEnglishCopy(String name) {
        String[] words = name.split(" ");
        int half = words.length / 2;
        if (words.length % 2 != 0 || half == 0) {
            return name;
        }
        String first = String.join(" ", Arrays.copyOfRange(words, 0, half));
        String second = String.join(" ", Arrays.copyOfRange(words, half, words.length));
        return FoldedText.fold(first).equals(FoldedText.fold(second)) ? first : name;
    }

    private static final Set<String> NOT_NAMES = Set.of("quý", "quí", "tháng", "năm", "giai", "nhiệm", "khóa", "khoá");

    /** "ngày 28 tháng 11 năm 2024", "ngày 28/11/2024", "Đăng ngày 12-10-2020 08:22" (group 2 the year). */
    private static final Pattern WRITTEN = Pattern.compile(
            "ngày:? (?:[\\d ]{0,4}tháng [\\d ]{0,4}năm |(?:\\d{1,2}[-–])?\\d{1,2}([/.-])\\d{1,2}\\1)((?:19|20)\\d\\d)");

    /** A line opening with a date, as a page prints when it was posted: "21/10/2020 - 20:10", "Thứ Ba, 05/12/2023". */
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?:thứ [\\p{L}\\d]+,?\\s*|chủ nhật,?\\s*)?\\d{1,2}/\\d{1,2}/((?:19|20)\\d\\d)(?:\\s*[-,|]?\\s*\\d{1,2}:\\d{2}.*)?$");

    /** A report's own period named on its date line after the date: "… Báo cáo … tháng 02 năm 2029". */
    private static final Pattern PERIOD_AFTER_DATE =
            Pattern.compile("(?iu)(?:tháng|quý|quí) [\\dIVX]+ năm (?:19|20)\\d\\d");

    /** A document's number, "Số: 123/KH-UBND", "Số 45/BC-UBND", not a title "Số giường bệnh năm 2020 …". */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("số(?: ký hiệu)?\\s*[:.]?\\s*\\d");

    /** A horizon a title looks to: "… từ nay đến năm 2030, tầm nhìn đến năm 2045". */
    private static final Pattern HORIZON = Pattern.compile("(?<!\\p{L})(?:đến năm|tầm nhìn)(?!\\p{L})");

    /** Titles of documents that set targets: a plan, a council's or the Assembly's resolution, a programme, a scheme. */
    private static final List<String> PLANS = List.of("KẾ HOẠCH", "NGHỊ QUYẾT", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "CHỈ THỊ");
    /** Titles of documents that report results (a Government conclusion opens with its review of results). */
    private static final List<String> REPORTS = List.of("BÁO CÁO", "THÔNG BÁO");

    /** Bodies whose documents are the whole country's: their figures are "cả nước" unless the text names an area. */
    private static final List<String> NATIONAL_ISSUERS = List.of(
            "QUỐC HỘI",
            "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
            "CHÍNH PHỦ",
            "THỦ TƯỚNG CHÍNH PHỦ",
            "BỘ CHÍNH TRỊ",
            "BAN CHẤP HÀNH TRUNG ƯƠNG");

    static final String NATIONWIDE = "cả nước";

    /** A title about the whole country: "Tình hình kinh tế - xã hội … của cả nước", "… trên toàn quốc". */
    private static final Pattern COUNTRY_IN_TITLE = Pattern.compile("(?:của|trên|toàn) (?:cả nước|toàn quốc)|cả nước$");

    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    /** A body paragraph (this long and not in capitals) ends the header. */
    private static final int BODY_LINE = 160;
    /** A reference to another document ("Chỉ thị số 27/CT-TTg ngày …"): its dates and periods are not this one's. */
    private static final Pattern REFERENCE = Pattern.compile("(?iu)\\d+/(?:\\d{4}/)?[\\p{L}Đđ]{1,6}-|\\bsố \\d+");

    static DocumentContext of(String fileName, List<String> lines) {
        String area = null;
        String period = null;
        int written = 0;
        boolean plan = false;
        boolean report = false;
        boolean national = false;
        int header = Math.min(lines.size(), HEADER_LINES);
        boolean tableSeen = false;
        boolean dateNotItsOwn = false; // dated only by when it was posted: its figures may be of the year before
        boolean horizon = false; // the period is the horizon a title looks to: "… từ nay đến năm 2030"
        int firstLine = 0;
        while (firstLine < header && lines.get(firstLine).isBlank()) {
            firstLine++;
        }
        for (int i = 0; i < header; i++) {
            // a pasted title often keeps doubled spaces ("tháng  9 năm 2021"): its period is read as if written once
            String line = SPACES.matcher(lines.get(i).replace("*", "").replace("#", ""))
                    .replaceAll(" ")
                    .strip();
            String lower = line.toLowerCase(Locale.ROOT);
            if (line.length() > BODY_LINE && !TextFlow.isAllCapitals(line)
                    || HeadingMarker.levelOf(line) >= 0 && i > 0) {
                break;
            }
            tableSeen |= line.contains(" | "); // a date after table rows is a row's source, not the document's
            Matcher dateLine = DATE_LINE.matcher(lower);
            if (written == 0 && dateLine.lookingAt() && !tableSeen) {
                written = Integer.parseInt(dateLine.group(1)); // a page's date line: "21/10/2020 - 20:10"
                dateNotItsOwn = true;
                continue;
            }
            Matcher date = WRITTEN.matcher(lower);
            if (written == 0
                    && date.find()
                    && date.start() < 45
                    && !lower.startsWith("căn cứ")
                    && !lower.startsWith("-")
                    && !tableSeen) {
                written = Integer.parseInt(date.group(2));
                String after = line.substring(Math.min(line.length(), date.end()));
                if (period == null && PERIOD_AFTER_DATE.matcher(after).find()) {
                    period = PeriodCues.firstIn(after); // "Ngày 28/02/2029, Cục Thống kê … tháng 02 năm 2029"
                }
                continue;
            }
            String title = line.toUpperCase(Locale.ROOT);
            national |= NATIONAL_ISSUERS.contains(title)
                    || i == firstLine && COUNTRY_IN_TITLE.matcher(lower).find(); // "Kinh tế 9 tháng của cả nước"
            if (REPORTS.stream().anyMatch(g -> title.equals(g) || title.startsWith(g + " "))) {
                report |= !plan;
            }
            if (PLANS.stream()
                    .anyMatch(g -> title.equals(g) || title.startsWith(g + " ") || title.startsWith(g + ":"))) {
                plan |= !report;
            }
            boolean reference = lower.startsWith("căn cứ")
                    || DOCUMENT_NUMBER.matcher(lower).lookingAt()
                    || lower.startsWith("- ")
                    || lower.startsWith("thực hiện")
                    || lower.startsWith("theo");
            if (period == null
                    && !reference
                    && !REFERENCE.matcher(line).find()
                    && (lower.contains("năm") || lower.contains("giai đoạn") || lower.contains("nhiệm kỳ"))) {
                period = PeriodCues.firstIn(line);
                horizon = HORIZON.matcher(lower).find();
            }
            if (area == null
                    && !reference
                    && (lower.contains("ủy ban nhân dân")
                            || lower.contains("ubnd")
                            || lower.contains("của ")
                            || TextFlow.isAllCapitals(line))) {
                area = areaIn(line);
            }
        }
        if (area == null && national) {
            area = NATIONWIDE;
        }
        if (area == null) {
            area = FileNameArea.of(fileName, lines);
        }
        if (area == null && namesTheCountrysProduct(lines)) {
            area = NATIONWIDE; // "GDP Việt Nam quý I tăng 6,93%; … các tỉnh A, B dẫn đầu": the country's, not its most
            // named
        }
        if (area == null) {
            area = mostNamedArea(lines);
            String headline = headline(lines);
            if (area == null && NATIONAL_SUBJECT.matcher(headline).lookingAt()) {
                area = NATIONWIDE; // "Chính phủ điều chỉnh mục tiêu …": a page about a national body's decision
            }
            if (area == null && (namesTheCountry(lines) || !comparesWithTheCountry(lines))) {
                area = NATIONWIDE; // a page naming no area at all: the Government's session, the country's GDP
            }
        } else {
            area = asWrittenInText(area, lines);
        }
        boolean targetsPage = false;
        boolean targetsOfNoYear = false; // a page setting targets that names no year they are for
        String reviewed = plan || report ? null : reviewedPeriod(lines);
        int leadYear = written == 0 ? leadDate(lines) : 0;
        if (reviewed != null) {
            period = reviewed; // the session reviews that period's results: its unmarked figures are those results
        } else if (!plan && !report) {
            String headline = headline(lines);
            String lead = lead(lines);
            String opening = leadOpening(lead);
            boolean byHeadline = setsTargets(headline);
            boolean byLead = !byHeadline && leadSetsTargets(opening);
            boolean byExtract = !byHeadline && !byLead && extractOfTargets(lead, lines);
            plan = byHeadline || byLead || byExtract || written == 0 && leadYear == 0 && speaksOnlyOfTargets(lines);
            String targeted = byHeadline
                    ? periodTargeted(headline, TARGET_HEADLINE)
                    : byLead
                            ? periodTargeted(opening, LEAD_TARGETS)
                            : byExtract ? periodTargeted(lead, TARGETS_OPENING) : null;
            // the year targeted, not the session's "Tại Kỳ họp cuối năm 2025"; a span keeps the year its page names
            period = targeted != null && (period == null || !targeted.contains("-")) ? targeted : period;
            targetsPage = plan && written == 0;
            targetsOfNoYear = (byHeadline || byLead) && targeted == null;
        }
        boolean ownDate = written > 0 && !dateNotItsOwn;
        if (horizon && !plan && !report && ownDate && firstYearOf(period) > written) {
            period = null; // "Những định hướng … đến năm 2030" dated 2023: an article's figures are of its own year
        }
        if (period == null) {
            period = ownDate ? Integer.toString(written) : openingPartOfYear(lines);
        }
        if (period == null) {
            period = ownDate ? Integer.toString(written) : firstPeriodOfText(lines);
        }
        String year = written > 0 ? Integer.toString(written) : yearOfText(lines);
        if (year == null) {
            year = FileNameArea.yearOf(fileName); // a page that names no year ("Trong 6 tháng đầu năm, …")
            period = period == null ? FileNameArea.periodOf(fileName) : period; // nor any period: "…-6t2021.txt"
        }
        period = period == null ? year : PeriodCues.withYear(period, year);
        if (targetsOfNoYear && dateNotItsOwn && FOUR_DIGITS.matcher(period).matches() && yearOf(period) < written) {
            // "Phấn đấu đạt tốc độ tăng trưởng kinh tế trên 16%" posted 07/02/2008 over "Năm 2007, …": the targets are
            // for the year it was posted in, the year it names is the one before
            period = Integer.toString(written);
        }
        if (written == 0) {
            written = leadYear;
        }
        String term = reviewed == null ? congressTerm(lines) : null;
        if (written == 0 && term != null) {
            written = firstYearOf(term); // an undated congress page: the congress meets as its term begins
            dateNotItsOwn = true;
        }
        return new DocumentContext(
                area,
                period,
                written > 0 ? written : yearOf(period),
                written > 0,
                dateNotItsOwn,
                targetsPage,
                plan,
                countsProvincesOfCountry(lines),
                term);
    }

    /**
     * Whether an undated page with no genre in its header speaks of targets again and again ("phấn đấu", "mục tiêu",
     * "tầm nhìn") and never of results ("ước", "so với cùng kỳ", "đã đạt"): an extract of a plan or a strategy.
     */
    private static boolean speaksOnlyOfTargets(List<String> lines) {
        int targets = 0;
        for (String line : lines) {
            String lower = Words.lower(line);
            if (RESULT_WORDS.matcher(lower).find()) {
                return false;
            }
            Matcher target = TARGET_WORDS.matcher(lower);
            while (target.find()) {
                targets++;
            }
        }
        return targets >= TARGET_WORDS_OF_A_PLAN;
    }

    private static final Pattern TARGET_WORDS = Pattern.compile("(?<!\\p{L})(?:phấn đấu|mục tiêu|tầm nhìn)(?!\\p{L})");
    /** Words saying what was done, in any page: "ước", "cùng kỳ", "đã đạt 95%". */
    private static final String DONE_WORDS = "ước|cùng kỳ|đã đạt|đạt được|đã hoàn thành|thực hiện được";

    private static final Pattern RESULT_WORDS =
            Pattern.compile("(?<!\\p{L})(?:" + DONE_WORDS + "|so với|năm qua|vừa qua)(?!\\p{L})");
    private static final int TARGET_WORDS_OF_A_PLAN = 3;

    /** The page's first non-blank lines but a photo's caption: its headline and the paragraphs of its lead. */
    private static List<String> headlineAndLead(List<String> lines) {
        return lines.stream()
                .filter(l -> !l.isBlank() && !CAPTION.matcher(l).lookingAt())
                .limit(1 + LEAD_PARAGRAPHS)
                .toList();
    }

    /** A line that is a photo's caption: "Ảnh minh họa. Nguồn: Internet", "Ảnh: Báo Lâm Đồng". */
    private static final Pattern CAPTION = Pattern.compile("\\s*Ảnh(?: minh h(?:ọa|oạ)|:)");

    /**
     * The year of the day a page's lead reports ("Trong 2 ngày 26-27/12/2022, HĐND xã … tổ chức kỳ họp", "…, ngày
     * 9/12/2021."): the page is written then, though its header gives no date. A date cited with another document
     * ("Nghị quyết số 12/NQ-HĐND ngày 5/8/2021") is that document's; 0 for none.
     */
    private static int leadDate(List<String> lines) {
        List<String> lead = headlineAndLead(lines);
        for (String line : lead) {
            String lower = line.toLowerCase(Locale.ROOT);
            Matcher date = WRITTEN.matcher(lower);
            while (date.find()) {
                if (!cited(lower, date)) {
                    return Integer.parseInt(date.group(2));
                }
            }
            Matcher session = YEAR_END_SESSION.matcher(lower);
            if (session.find()) {
                return Integer.parseInt(session.group(1));
            }
        }
        return 0;
    }

    /** "Tại Kỳ họp cuối năm 2025, HĐND thành phố …": the page reports the session, held as that year ends. */
    private static final Pattern YEAR_END_SESSION = Pattern.compile("kỳ họp (?:thường lệ )?cuối năm ((?:19|20)\\d\\d)");

    /**
     * The period a headline or lead sets targets for, named after its words of targets ("… đề xuất kịch bản tăng trưởng
     * kinh tế năm 2026 …"), else null.
     */
    private static String periodTargeted(String text, Pattern targetWords) {
        Matcher targets = targetWords.matcher(text);
        return targets.find() ? PeriodCues.firstIn(text.substring(targets.end())) : null;
    }

    /**
     * Whether a date is another document's: its number stands right before it, cited earlier in its sentence ("Thực
     * hiện Kế hoạch số 12/KH-UBND ngày …", "Kết quả thực hiện Nghị quyết số 27/NQ-HĐND … và Quyết định số 2159/QĐ-UBND
     * ngày …"); "Thủ tướng vừa ban hành Quyết định số 1705/QĐ-TTg ngày …" dates the document the page reports.
     */
    private static boolean cited(String lower, Matcher date) {
        int sentence = Math.max(lower.lastIndexOf(". ", date.start()) + 1, 0);
        Matcher citing = CITING.matcher(lower).region(sentence, date.start());
        int lastCiting = -1;
        while (citing.find()) {
            lastCiting = citing.end();
        }
        return REFERENCE
                        .matcher(lower.substring(Math.max(0, date.start() - CITED_REACH), date.start()))
                        .find()
                && lastCiting >= 0
                && !ISSUING.matcher(lower).region(lastCiting, date.start()).find();
    }

    /** A verb issuing the document it names: the page reports that document, dated as it is. */
    private static final Pattern ISSUING = Pattern.compile("(?<!\\p{L})(?:ban hành|phê duyệt|ký)(?!\\p{L})");

    /** Words citing another document; without them the document a lead names is the one it reports. */
    private static final Pattern CITING = Pattern.compile("(?<!\\p{L})(?:theo|căn cứ|thực hiện|triển khai)(?!\\p{L})");

    /** How far before a date the number of a document it belongs to may stand. */
    private static final int CITED_REACH = 40;

    /**
     * Whether the text counts provinces against the whole country somewhere ("có 16/34 địa phương", "12 tỉnh, thành phố
     * trên cả nước"): then every count of provinces on it is the country's, also one in a paragraph that gives no total
     * ("Trong đó, có 12 địa phương …"). A rank ("đứng thứ 10/63 tỉnh") counts nothing.
     */
    private static boolean countsProvincesOfCountry(List<String> lines) {
        for (String line : lines) {
            if ((line.contains("/34 ") || line.contains("/63 ") || line.contains("cả nước"))
                    && PROVINCES_OF_COUNTRY.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern PROVINCES_OF_COUNTRY = Pattern.compile(
            "(?<!thứ )(?<![\\d/])\\d{1,2}/(?:34|63) (?:địa phương|tỉnh)|(?:địa phương|tỉnh, thành phố) (?:trong|trên) cả nước");

    /**
     * Whether a page that names no area of its own measures the gross domestic product ("tổng sản phẩm trong nước",
     * "GDP"), which only the country has (a province's is GRDP, "trên địa bàn").
     */
    private static boolean namesTheCountrysProduct(List<String> lines) {
        for (String line : lines.subList(0, Math.min(lines.size(), LEAD_PARAGRAPHS + 2))) {
            if (Words.lower(line).contains("tổng sản phẩm trong nước")
                    || GDP.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern GDP = Pattern.compile("(?<!\\p{L})GDP(?!\\p{L})");

    /**
     * Whether a page naming no area of its own speaks of the country by name in its lead ("Chiến lược dân số Việt Nam đến
     * năm 2030", "Việt Nam sẽ đưa …"), not in the state's name that heads every document.
     */
    private static boolean namesTheCountry(List<String> lines) {
        for (String line : lines.subList(0, Math.min(lines.size(), LEAD_PARAGRAPHS + 2))) {
            if (COUNTRY_NAMED
                    .matcher(Words.lower(line).replace("chủ nghĩa việt nam", ""))
                    .find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern COUNTRY_NAMED = Pattern.compile("(?<!\\p{L})việt nam(?!\\p{L})");

    /**
     * Whether the page measures its figures against the country's ("bình quân cả nước tăng 9%", "cao hơn mức tăng cả
     * nước"): then they are some province's, not the country's, also where the page never names it.
     */
    private static boolean comparesWithTheCountry(List<String> lines) {
        for (String line : lines.subList(0, Math.min(lines.size(), HEADER_LINES))) {
            if (line.contains("cả nước")
                    && COUNTRY_COMPARED.matcher(Words.lower(line)).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern COUNTRY_COMPARED =
            Pattern.compile("(?:so với|bình quân|trung bình|mức tăng|hơn)(?: \\p{L}+){0,2} cả nước");

    /**
     * A headline whose subject is a national body (the Government, the Assembly, a ministry "Bộ …", a general department
     * "Tổng cục …"): its page is about the whole country unless it names an area.
     */
    private static final Pattern NATIONAL_SUBJECT = Pattern.compile(
            "(?iu)(?:chính phủ|quốc hội|thủ tướng|tổng cục(?=(?-i: \\p{Lu}))|bộ(?=(?-i: \\p{Lu})))(?!\\p{L})");

    /**
     * A headline or lead announcing targets: "… phấn đấu …", "… mục tiêu …", what "sẽ" be ("Hơn 90% người dân sẽ có Hồ
     * sơ sức khỏe điện tử"), a conference assigning the year's targets
     * ("Hội nghị giao chỉ tiêu … năm 2025"), a council adopting its plan ("thông qua Nghị quyết về kế hoạch phát triển
     * kinh tế - xã hội năm 2026", "thông qua kế hoạch đầu tư công …"); not work done "theo mục tiêu kế hoạch năm 2023",
     * as the targets say.
     */
    private static final Pattern TARGET_HEADLINE = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:phấn đấu|(?<!theo )mục tiêu|giao chỉ tiêu|đề xuất (?:các )?(?:kịch bản|chỉ tiêu)"
                    + "|sẽ (?:có|đạt|tăng|giảm|hoàn thành)"
                    + "|nghị quyết (?:về )?(?:kế hoạch|nhiệm vụ) phát triển|thông qua (?:các )?(?:kế hoạch|dự toán))(?!\\p{L})");

    /** Words of results in a headline. */
    private static final String OUTCOME_WORDS = "đạt được|hoàn thành|kết quả|tổng kết|ước (?:đạt|tăng|tính)";

    private static final Pattern RESULT_HEADLINE = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:" + OUTCOME_WORDS + "|vượt kế hoạch|thực hiện (?:nghị quyết|kế hoạch))(?!\\p{L})");

    /** A headline naming a plan as its genre: "Kế hoạch thực hiện Nghị quyết số 96/NQ-CP …", "Đề án phát triển …". */
    private static final Pattern PLAN_HEADLINE =
            Pattern.compile("(?iu)(?:kế hoạch|chương trình hành động|đề án)(?!\\p{L})");

    private static final Pattern OUTCOME_HEADLINE =
            Pattern.compile("(?iu)(?<!\\p{L})(?:" + OUTCOME_WORDS + ")(?!\\p{L})");

    /** The page's first line where it is a headline (short), else "". */
    private static String headline(List<String> lines) {
        String first =
                lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        return first.length() <= HEADLINE ? first : "";
    }

    /**
     * The opening of the page's lead paragraph ({@link #lead}) up to its first ":" or sentence end, where short enough: "Cụ thể, UBND tỉnh Gia Lai giao chỉ tiêu kế hoạch … năm 2024 cho các sở, …:",
     * "UBND tỉnh vừa ban hành kế hoạch chuyển đổi số năm 2025 với hàng loạt chỉ tiêu, …"; else "".
     */
    private static String leadOpening(String lead) {
        Matcher found = LEAD_OPENING_END.matcher(lead);
        int end = found.find() ? found.start() : lead.length();
        return end <= LEAD_OPENING ? lead.substring(0, end) : "";
    }

    /** The page's lead paragraph: the first one, or the one under a headline. */
    private static String lead(List<String> lines) {
        List<String> first = headlineAndLead(lines);
        return first.isEmpty()
                ? ""
                : (first.get(0).strip().length() > HEADLINE || first.size() < 2 ? first.get(0) : first.get(1)).strip();
    }

    /**
     * Whether the lead opens by naming targets, as an extract of a plan does ("Mục tiêu của Kế hoạch đến năm 2025, …",
     * "Về một số chỉ tiêu chủ yếu, giai đoạn 2021 - 2025: …"), and no line reports what was done.
     */
    private static boolean extractOfTargets(String lead, List<String> lines) {
        return TARGETS_OPENING.matcher(lead).lookingAt()
                && lines.stream().noneMatch(l -> RESULTS.matcher(l).find());
    }

    /** Words saying what was done in a lead or an extract: {@link #DONE_WORDS}, "kết quả". */
    private static final Pattern RESULTS = Pattern.compile("(?iu)(?<!\\p{L})(?:" + DONE_WORDS + "|kết quả)(?!\\p{L})");

    private static final Pattern TARGETS_OPENING =
            Pattern.compile("(?iu)(?:về )?(?:một số |các |những )?(?:mục tiêu|chỉ tiêu chủ yếu)(?!\\p{L})");

    /**
     * Whether a lead's opening says a body sets targets ("giao chỉ tiêu kế hoạch …", "Chính phủ đặt mục tiêu …", "đề ra
     * các chỉ tiêu …", "vừa ban hành kế hoạch …", a congress "nhất trí mục tiêu …") and reports nothing: running text
     * names "mục tiêu" in passing ("giữ vững mục tiêu tăng trưởng khi GRDP ước đạt 10,45%"), so it takes more than a
     * headline does.
     */
    private static boolean leadSetsTargets(String opening) {
        return LEAD_TARGETS.matcher(opening).find() && !RESULTS.matcher(opening).find();
    }

    private static final Pattern LEAD_TARGETS = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:(?:giao|đặt|đặt ra|đề ra|nhất trí|xác định) (?:các )?(?:chỉ tiêu|mục tiêu)"
                    + "|đề xuất (?:các )?(?:kịch bản|chỉ tiêu|mục tiêu)"
                    + "|(?:ban hành|phê duyệt) (?:nghị quyết |quyết định )?(?:kế hoạch|chiến lược|chương trình|đề án|quy hoạch))(?!\\p{L})");

    /** How long a lead's opening may be and still say what the page is. */
    private static final int LEAD_OPENING = 400;

    /** Where a lead paragraph's opening ends: its first ":" or sentence end. */
    private static final Pattern LEAD_OPENING_END = Pattern.compile(":|\\.(?= \\p{Lu})");

    /** How long a page's first line may be and still be its headline, or the sapo a newspaper puts in its place. */
    private static final int HEADLINE = 240;

    /**
     * A page with no genre in its header whose headline announces targets ("Huyện X phấn đấu tăng trưởng 9% trở lên",
     * "Chính phủ điều chỉnh mục tiêu tăng trưởng") is read as a plan; one announcing results is not.
     */
    private static boolean setsTargets(String headline) {
        if (PLAN_HEADLINE.matcher(headline).lookingAt()) {
            return !OUTCOME_HEADLINE.matcher(headline).find(); // a long title the header could not read as one
        }
        boolean targets = TARGET_HEADLINE.matcher(headline).find()
                || INDICATORS_OF_A_SPAN.matcher(headline).find() // "Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)"
                || INDICATORS_OF_A_YEAR.matcher(headline).lookingAt(); // "Các chỉ tiêu chủ yếu đến năm 2025"
        return targets && !RESULT_HEADLINE.matcher(headline).find();
    }

    /**
     * A headline that is the list of a year's indicators, "Các chỉ tiêu kinh tế - xã hội năm 2018", "Chỉ tiêu chủ yếu đến
     * năm 2025": a plan's (a statistics page says "Một số chỉ tiêu …" or "Tình hình …").
     */
    private static final Pattern INDICATORS_OF_A_YEAR =
            Pattern.compile("(?iu)(?:các )?chỉ tiêu(?: [\\p{L}-]+){0,10} (?:đến )?năm (?:19|20)\\d\\d");

    /** Indicators listed for a span of years are a plan's; "Một số chỉ tiêu xã hội chủ yếu" alone is a statistics page. */
    private static final Pattern INDICATORS_OF_A_SPAN =
            Pattern.compile("(?iu)chỉ tiêu.*(?:nhiệm kỳ|giai đoạn)\\s*(?:19|20)\\d\\d\\s*[-–]\\s*(?:19|20)\\d\\d");

    /**
     * A session's page whose lead says it reviews a period's results before setting the next one's targets ("…, đánh
     * giá kết quả thực hiện nhiệm vụ năm 2026; thống nhất mục tiêu năm 2027"): the period reviewed, else null.
     */
    private static String reviewedPeriod(List<String> lines) {
        List<String> body = headlineAndLead(lines);
        if (body.size() < 2 || headline(lines).isEmpty()) {
            return null;
        }
        for (String lead : body.subList(1, body.size())) {
            Matcher review = REVIEW.matcher(lead.substring(0, Math.min(lead.length(), LEAD)));
            if (review.find()) {
                return PeriodCues.withYear(PeriodCues.firstIn(review.group()), review.group());
            }
        }
        return null;
    }

    /**
     * The term of the congress a page reports ("Đảng bộ xã X tổ chức Đại hội lần thứ I, nhiệm kỳ 2025-2030", "Nghị quyết
     * Đại hội … nhiệm kỳ 2025-2030" in its headline or lead), as "2025-2030"; null where it only reviews one ("đánh giá
     * kết quả 5 năm thực hiện Nghị quyết Đại hội …, nhiệm kỳ 2020-2025") or names none.
     */
    private static String congressTerm(List<String> lines) {
        List<String> lead = headlineAndLead(lines);
        for (String line : lead) {
            String lower = Words.lower(line.substring(0, Math.min(line.length(), LEAD)));
            Matcher term = CONGRESS_TERM.matcher(lower);
            if (term.find() && !REVIEWING.matcher(lower).find()) {
                return term.group(1) + "-" + term.group(2);
            }
        }
        return null;
    }

    private static final Pattern CONGRESS_TERM =
            Pattern.compile("đại hội[^.;]{0,80}?nhiệm kỳ ((?:19|20)\\d\\d) ?[-–] ?((?:19|20)\\d\\d)");
    private static final Pattern REVIEWING = Pattern.compile("đánh giá|báo cáo|tổng kết|sơ kết");

    /** The lead may follow a dateline and a photo caption: this many paragraphs after the headline are looked at. */
    private static final int LEAD_PARAGRAPHS = 4;

    private static final Pattern REVIEW = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:(?:đánh giá|báo cáo) (?:kết quả|tình hình)|tổng kết)[^.;]*?(?<!\\p{L})năm (?:19|20)\\d\\d(?!\\d)");

    /** How far into the lead paragraph the review is looked for. */
    private static final int LEAD = 400;

    /** A page opening with the part of a year it reports on ("Trong 9 tháng, …", "6 tháng đầu năm 2024, …"), or null. */
    private static String openingPartOfYear(List<String> lines) {
        String first =
                lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        List<PeriodCues.PeriodCue> cues = PeriodCues.findAll(first.substring(0, Math.min(first.length(), OPENING)));
        return !cues.isEmpty()
                        && cues.get(0).start() < OPENING / 2
                        && PeriodCues.partOfYear(cues.get(0).period())
                ? cues.get(0).period()
                : null;
    }

    /** How far into its first line a page states the part of the year it reports on. */
    private static final int OPENING = 40;

    /**
     * The year of a document without header or date (a page of a portal): the first year its text names as a period
     * ("Năm 2023, …"), else the year after the latest one it compares with ("tăng 11% so với năm 2021" → 2022).
     */
    private static String yearOfText(List<String> lines) {
        int compared = 0;
        for (String line : lines) {
            for (PeriodCues.PeriodCue cue : PeriodCues.findAll(line.length() > 4000 ? line.substring(0, 4000) : line)) {
                int year = yearOf(cue.period());
                if (!cue.reference() && year > 0) {
                    return Integer.toString(year);
                }
                compared = Math.max(compared, year);
            }
        }
        return compared > 0 ? Integer.toString(compared + 1) : null;
    }

    /**
     * The period of a page without header or date: the part of a year its text first names ("Trong 9 tháng, …", "…
     * 6 tháng đầu năm 2024 …"), in the year of the text; else the year of the text ({@link #yearOfText}).
     */
    private static String firstPeriodOfText(List<String> lines) {
        String year = yearOfText(lines);
        for (String line : lines) {
            for (PeriodCues.PeriodCue cue : PeriodCues.findAll(line.length() > 4000 ? line.substring(0, 4000) : line)) {
                if (!cue.reference()) {
                    return MONTHS_FROM_START.matcher(cue.period()).lookingAt()
                                    && (cue.period().length() > 3 || year != null)
                            ? PeriodCues.withYear(cue.period(), year)
                            : year;
                }
            }
        }
        return year;
    }

    private static final Pattern MONTHS_FROM_START = Pattern.compile("\\d{1,2}T/");

    /**
     * A name read from a heading in capitals runs on into the words after it ("XÃ LỆ MỸ TỔ CHỨC KỲ HỌP"); where the
     * text writes the area in running case ("xã Lệ Mỹ khóa 3"), that shorter name is the area's.
     */
    private static String asWrittenInText(String area, List<String> lines) {
        String best = area;
        for (String line : lines.subList(0, Math.min(lines.size(), HEADER_LINES))) {
            Matcher m = UNIT.matcher(line);
            while (m.find()) {
                String found = levelOf(m) + " " + nameOf(m);
                if (!TextFlow.isAllCapitals(nameOf(m))
                        && area.startsWith(found)
                        && found.length() < best.length()
                        && found.indexOf(' ') < found.length() - 1) {
                    best = found;
                }
            }
        }
        return best;
    }

    /**
     * Whether a year or span begins after the year the document is dated: an estimate for a year not begun yet is
     * what the document plans for it ("Ước TH năm 2021" in a report of 04/12/2020).
     */
    boolean notBegun(String period) {
        return dated && period != null && YEARS.matcher(period).matches() && beginsAfterWriting(period);
    }

    /** Whether the period begins after the year of writing: "2026" or "2026-2030" in 2025, not "2021-2025". */
    boolean beginsAfterWriting(String period) {
        return writtenYear > 0 && period != null && firstYearOf(period) > writtenYear;
    }

    private static final Pattern YEARS = Pattern.compile("\\d{4}(?:-\\d{4})?");

    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    static int firstYearOf(String period) {
        Matcher m = FOUR_DIGITS.matcher(period);
        return m.find() ? Integer.parseInt(m.group()) : 0;
    }

    private static final Pattern LAST_FOUR_DIGITS = Pattern.compile("(\\d{4})(?!.*\\d{4})");

    /** The year a period ends in ("2021-2025" → 2025, "6T/2025" → 2025), or 0. */
    static int yearOf(String period) {
        if (period == null) {
            return 0;
        }
        Matcher m = LAST_FOUR_DIGITS.matcher(period);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * A commune the running text names ("tại phường Quyết Thắng"), at [start, end), in the form "phường Quyết Thắng":
     * the figures of its clause are that commune's; likewise a district or province named as their subject ("huyện Mê
     * Linh thu 500 tỷ đồng"), not one they are compared with ("cao hơn tỉnh X").
     */
    record NamedArea(int start, int end, String name) {}

    /**
     * Whether a district or province stands as its segment's subject ("…, huyện Mê Linh thu 500 tỷ đồng", "Riêng tỉnh X
     * …"): at most a word or two after the punctuation before it, so not one inside a body's name ("Sở Y tế tỉnh X").
     */
    private static boolean opensSegment(String text, int start) {
        int from = Math.max(0, start - SUBJECT_LEAD);
        for (int i = start - 1; i >= from; i--) {
            char ch = text.charAt(i);
            if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == '.' || ch == '\n') {
                return Words.lower(text.substring(i + 1, start)).strip().split("\\s+").length <= 2;
            }
        }
        return start <= SUBJECT_LEAD && text.substring(0, start).strip().split("\\s+").length <= 2;
    }

    /** How far before a district or province the punctuation opening its segment is looked for. */
    private static final int SUBJECT_LEAD = 24;

    /** Words before a unit's name that make it what a figure is compared with, not whose it is. */
    private static final Set<String> COMPARED = Set.of("với", "hơn", "sau", "trước", "như");

    static List<NamedArea> areasNamedIn(String text) {
        List<NamedArea> out = new ArrayList<>();
        Matcher m = UNIT.matcher(text);
        while (m.find()) {
            String name = nameOf(m);
            String level = levelOf(m);
            boolean commune = level.equals("xã") || level.equals("phường") || level.equals("thị trấn");
            if (!COMPARED.contains(Words.previous(text, m.start()))
                    && (commune || opensSegment(text, m.start()))
                    && !name.isEmpty()
                    && !TextFlow.isAllCapitals(name)
                    && !name.toLowerCase(Locale.ROOT).startsWith("hội")
                    && !name.toLowerCase(Locale.ROOT).startsWith("ủy")) {
                out.add(new NamedArea(
                        m.start(), m.start() + m.group().stripTrailing().length(), level + " " + name));
            }
        }
        List<NamedArea> zones = new ArrayList<>();
        Matcher zone = ZONE.matcher(text);
        while (zone.find()) {
            if (opensSegment(text, zone.start())) {
                zones.add(new NamedArea(
                        zone.start(),
                        zone.start() + zone.group().stripTrailing().length(),
                        "khu vực " + zone.group(1).strip()));
            }
        }
        for (NamedArea province : provincesNamedBareIn(text)) {
            if (zones.stream().noneMatch(z -> z.start() <= province.start() && province.start() < z.end())) {
                out.add(province); // not the city's name inside its zone's: "khu vực Đông Hải Phòng"
            }
        }
        out.addAll(zones);
        out.sort(Comparator.comparingInt(NamedArea::start));
        return out;
    }

    /**
     * A zone of a city or a region named by its quarter ("khu vực Bắc Cần Thơ", "Khu vực Tây Nguyên"), as the subject
     * of its clause: its figures are the zone's.
     */
    private static final Pattern ZONE =
            Pattern.compile("[Kk]hu vực ((?:Đông|Tây|Nam|Bắc|Trung) (?:\\p{Lu}\\p{L}*(?: |$|(?=[,.;:)]))){1,3})");

    /**
     * Provinces the text names without "tỉnh" as the subject of their figures ("Cao Bằng tăng trưởng 6,52%", "Hải
     * Phòng (11,59%)"): a page comparing provinces. Only capitalised words are looked up, so the scan stays cheap.
     */
    private static List<NamedArea> provincesNamedBareIn(String text) {
        List<NamedArea> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isUpperCase(text.charAt(i)) || i > 0 && Character.isLetter(text.charAt(i - 1))) {
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            for (String[] province : BARE_PROVINCES.getOrDefault(text.substring(i, end), List.of())) {
                int after = i + province[0].length();
                if (text.startsWith(province[0], i)
                        && (after == text.length() || !Character.isLetter(text.charAt(after)))
                        && !LEVEL_WORDS.contains(Words.previous(text, i))) {
                    out.add(new NamedArea(i, after, province[1]));
                    end = after; // "Thừa Thiên Huế" is one name: its "Huế" is not looked up again
                    break;
                }
            }
            i = end;
        }
        return out;
    }

    /**
     * The province or city a heading opens with, bare or with its level ("HÀ GIANG", "LẠNG SƠN ĐẨY MẠNH …", "Tỉnh Cà Mau:
     * …"), as the list of provinces writes it; else null. A page reporting several provinces, one under each heading,
     * gives each section's figures to the province of its heading.
     */
    static String provinceOpening(String heading) {
        String lower = LEVEL_OPENING.matcher(Words.lower(heading.strip())).replaceFirst("");
        int end = 0;
        while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
            end++;
        }
        for (String[] province : BARE_PROVINCES_LOWER.getOrDefault(lower.substring(0, end), List.of())) {
            String bare = province[0];
            if (lower.startsWith(bare)
                    && (lower.length() == bare.length() || !Character.isLetter(lower.charAt(bare.length())))) {
                return province[1];
            }
        }
        return null;
    }

    /** {@link #BARE_PROVINCES} in lower case, by their first word: "bắc giang" → "tỉnh Bắc Giang". */
    private static final Map<String, List<String[]>> BARE_PROVINCES_LOWER = bareProvincesLower();

    private static Map<String, List<String[]>> bareProvincesLower() {
        Map<String, List<String[]>> byFirst = new HashMap<>();
        for (String full : FileNameArea.provinces()) {
            String bare = Words.lower(full.replaceFirst("^(?:tỉnh|thành phố) ", ""));
            byFirst.computeIfAbsent(bare.split(" ")[0], k -> new ArrayList<>()).add(new String[] {bare, full});
        }
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt((String[] a) -> -a[0].length())));
        return byFirst;
    }

    private static final Pattern LEVEL_OPENING = Pattern.compile("^(?:tỉnh|thành phố|tp\\.?) ?");

    /** Words before a name that make it a unit of another level, or one named with its level ("tỉnh", "TP."). */
    private static final Set<String> LEVEL_WORDS =
            Set.of("tỉnh", "phố", "tp", "huyện", "quận", "xã", "phường", "trấn", "khu", "thôn", "bản");

    /** Bare province names by their first word, longest first: "Thừa Thiên Huế" before "Huế". */
    private static final Map<String, List<String[]>> BARE_PROVINCES = bareProvinces();

    private static Map<String, List<String[]>> bareProvinces() {
        Map<String, List<String[]>> byFirst = new HashMap<>();
        for (String full : FileNameArea.provinces()) {
            String bare = full.replaceFirst("^(?:tỉnh|thành phố) ", "");
            byFirst.computeIfAbsent(bare.split(" ")[0], k -> new ArrayList<>()).add(new String[] {bare, full});
        }
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt((String[] a) -> -a[0].length())));
        return byFirst;
    }

    private static String areaIn(String line) {
        Matcher m = UNIT.matcher(line);
        while (m.find()) {
            if (Words.previous(line, m.start()).equals("tại")) {
                continue; // "Chiều 10-1, tại phường Quy Nhơn, UBND tỉnh …": where it met, not whose it is
            }
            String name = nameOf(m);
            if (name.toLowerCase(Locale.ROOT).startsWith("ủy ")) {
                name = name.substring(3).strip(); // "TỈNH ỦY THANH HÓA": the party committee of the province
            }
            if (levelOf(m).equals("tỉnh") && !name.isEmpty() && provinceOpening(name) == null) {
                continue; // "Phó Chủ tịch UBND tỉnh Hồ Quang Bửu": a person the province's title goes with
            }
            if (!name.isEmpty() && !name.toLowerCase(Locale.ROOT).startsWith("hội")) {
                return levelOf(m) + " " + titleCase(name);
            }
        }
        return null;
    }

    private static String mostNamedArea(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            Matcher m = UNIT.matcher(line.length() > 2000 ? line.substring(0, 2000) : line);
            while (m.find()) {
                String name = levelOf(m) + " " + titleCase(nameOf(m));
                if (!nameOf(m).isEmpty() && !nameOf(m).toLowerCase(Locale.ROOT).startsWith("hội")) {
                    counts.merge(name, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** "LAI CHÂU" → "Lai Châu"; a name already in mixed case stays as written. */
    private static String titleCase(String name) {
        if (!TextFlow.isAllCapitals(name)) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String word : name.toLowerCase(Locale.ROOT).split(" ")) {
            if (!word.isEmpty()) {
                out.append(out.length() > 0 ? " " : "")
                        .append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1));
            }
        }
        return out.toString();
    }
}
