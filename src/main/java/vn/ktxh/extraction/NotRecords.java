package vn.ktxh.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of a text that are not quantities of an indicator, by the labelling rules: dates, years, document
 * numbers ("1758/QĐ-UBND", "40-CT/TW"), numbering, numbers inside names ("tổ 5", "bản Gia Khâu 1", "Đề án 06",
 * "mức độ 2"), definitions ("trẻ em dưới 5 tuổi", "bình quân trên 1 ha"), named units listed by name ("02 phường Tân
 * Phong, Đông Phong"), named programmes ("03 Chương trình MTQG") and conversions ("tương đương 113.229 tỷ đồng").
 */
final class NotRecords {

    /** Words that make the number after them part of a name or a reference: "tổ 5", "lớp 10", "lần thứ 2", "khoản 1". */
    private static final Set<String> NAMING_WORDS = Set.of(
            "số", "thứ", "mức", "độ", "lớp", "tổ", "khu", "lô", "đợt", "nhóm", "top", "tốp", "khóa", "khoá", "kỳ",
            "lần", "điều", "khoản", "chương", "mục", "phần", "tiết", "đường", "lộ", "km", "phụ", "biểu", "mẫu", "bệnh",
            "viện", "phòng", "hạng", "cỡ", "giai", "đoạn", "kì", "xóm", "ấp", "thôn", "bản", "cụm", "đội", "ban", "thị",
            "án", "luật", "văn", "điểm", "quận", "phường");

    /** Words before "số N" that make it a house, street or document number rather than "dân số", "tổng số", "quân số". */
    private static final Set<String> NAMING_BEFORE_SO = Set.of(
            "phố", "đường", "nhà", "khu", "lô", "tổ", "phòng", "trường", "xóm", "thôn", "bản", "thửa", "tờ", "mục",
            "điểm", "định", "quyết", "tư", "văn", "hoạch", "cáo", "trình", "án", "thị", "luận", "lệnh", "hiệu", "ký",
            "danh", "hạng", "mã", "biển", "kênh", "cầu", "ngõ", "ngách", "hẻm", "lớp", "kho", "cổng", "tuyến", "chỉ",
            "thông", "báo", "công", "tiểu", "học", "sở", "bão", "thấp");

    private static final Set<String> CALENDAR_WORDS = Set.of("ngày", "tháng", "năm", "quý", "quí", "tuần");
    private static final Set<String> EVERY = Set.of("hằng", "hàng", "mỗi", "trong", "cả", "các", "từng");

    /** Documents cited by number: "Nghị quyết 01", "Quyết định 1758" (written with a capital, as a title). */
    private static final Set<String> DOCUMENT_TYPES = Set.of(
            "nghị quyết",
            "nghị định",
            "quyết định",
            "chỉ thị",
            "thông tư",
            "công văn",
            "đề án",
            "kết luận",
            "tờ trình",
            "kế hoạch",
            "báo cáo",
            "chương trình",
            "thông báo",
            "hướng dẫn");

    /** Administrative and residential units: "02 phường Tân Phong, Đông Phong" names them, it does not count them. */
    private static final Set<String> PLACE_WORDS =
            Set.of("phường", "xã", "huyện", "bản", "thôn", "tổ", "thị", "tỉnh", "thành", "xóm", "ấp", "làng", "đặc");

    /** A count of places followed by their names: "… dẫn đầu là Bắc Giang", "… gồm: Tân An, Tân Bình". */
    private static final Pattern NAMED_AFTER = Pattern.compile("(?: [\\p{Ll}]+){0,3},? (?:là|gồm):? \\p{Lu}");

    private static final int NAMED_REACH = 40;

    /** How far before a count the named set it is joined to ("… 3 khâu đột phá và 10 giải pháp") is looked for. */
    private static final int SET_REACH = 40;

    /** Programmes named by their number: "03 Chương trình MTQG", "02 chương trình trọng tâm", "3 khâu đột phá". */
    private static final List<String> NAMED_SETS =
            List.of("mtqg", "mục tiêu quốc gia", "trọng tâm", "đột phá", "trọng điểm", "chiến lược");

    /** What a rank is counted among, and the words of a rank before it (within {@link #RANK_REACH} words). */
    private static final Set<String> RANKED_AMONG =
            Set.of("tỉnh", "địa", "quốc", "nước", "thành", "huyện", "xã", "đơn");

    private static final List<String> RANK_WORDS = List.of("nhất", "thứ", "xếp", "đứng", "dẫn đầu", "top");
    private static final int RANK_REACH = 12;

    private static final Set<String> TIME_UNITS = Set.of("giờ", "phút", "ngày");

    /**
     * What a plan lists, announced by its count before a colon or "gồm": "12 chỉ tiêu chủ yếu là:", "5 nhiệm vụ như sau:",
     * "9 chỉ tiêu cụ thể, gồm …".
     */
    private static final Pattern LIST_FOLLOWS = Pattern.compile(
            "\\s*(?:chỉ tiêu|mục tiêu|nhiệm vụ|giải pháp|nội dung|nhóm(?: giải pháp| nhiệm vụ)?|chương trình|lĩnh vực)"
                    + "(?:\\s+(?:chủ yếu|chính|cụ thể|cơ bản|trọng tâm))?(?:(?:\\s+(?:như sau|là|gồm))?\\s*:|,?\\s+gồm(?!\\p{L}))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final int LIST_REACH = 50;

    /** Two words ending in a naming word that are no name: "vượt mức 19/19 chỉ tiêu", "thôn kiểu mẫu 1,8%". */
    private static final Set<String> NOT_NAMING = Set.of("vượt mức", "kiểu mẫu", "chi tiết");

    /** Verbs of a body setting its targets: the count after them says how many it set. */
    private static final Set<String> SET_BY = Set.of("đề ra", "đặt ra", "thông qua", "xác định");

    /** A count of targets set, joined before another: "đề ra 8 nhóm chỉ tiêu về kinh tế và 12 nhóm chỉ tiêu …". */
    private static final Pattern SET_BEFORE = Pattern.compile(
            "(?:đề ra|đặt ra|thông qua|xác định)\\s+\\d+\\s+(?:nhóm\\s+)?(?:chỉ tiêu|mục tiêu)[^;.:\\d]{0,60}(?:và|,)\\s*$");

    private static final int SET_BEFORE_REACH = 100;

    /** The count of targets a body set, said after them: "trong 30 chỉ tiêu của huyện đặt ra, …". */
    private static final Pattern SET_AFTER = Pattern.compile("(?<!\\p{L})(?:đề ra|đặt ra)(?!\\p{L})");

    private static final int SET_AFTER_REACH = 5;

    /** "hai trong", "03 trong": the count before a whole of targets that the figures before it belong to. */
    private static final Pattern PART_OF_TARGETS =
            Pattern.compile("(?:\\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) trong");

    private static final Set<String> BOUNDS = Set.of("từ", "trên", "dưới", "hơn");

    /** A count of places (or "các", "một số", "nhiều" places) opening the clause of a bound: the bound defines them. */
    private static final Pattern COUNTED_PLACES = Pattern.compile(
            "(?:\\d+(?:/\\d+)?|các|một số|nhiều|những) (?:địa phương|tỉnh|thành phố|huyện|xã|phường|đơn vị)(?!\\p{L})");

    private static final int GROUP_REACH = 120;

    private static boolean definesCountedGroup(String text, int start) {
        int from = Math.max(0, start - GROUP_REACH);
        for (int i = start - 1; i >= from; i--) {
            char ch = text.charAt(i);
            if (ch == ',' || ch == ';' || ch == ':' || ch == '.' && i + 1 < start && text.charAt(i + 1) == ' ') {
                from = i + 1;
                break;
            }
        }
        return COUNTED_PLACES.matcher(Words.lower(text.substring(from, start))).find();
    }

    /** "dao động từ 7% đến 9%", "dao động 7 - 9%": both ends of a spread, read just before each number. */
    private static final Pattern SPREAD =
            Pattern.compile("dao động (?:trong khoảng |ở mức )?(?:từ )?(?:[\\d.,]+ ?%? ?(?:đến|tới|-|–) ?)?$");

    /** How far before a number a spread's words are looked for. */
    private static final int SPREAD_REACH = 40;

    /** "1 trong 8 …" (both numbers), "cùng với 7 … khác": a place's membership of a group, not a count. */
    private static boolean amongOthers(String text, int start, int end) {
        String next = Words.after(text, end, 1);
        int afterNext = Words.skipSpaces(text, Words.endOfWordsAfter(text, end, 1));
        boolean oneOf = next.equals("trong")
                && afterNext < text.length()
                && NumberReader.isDigit(text.charAt(afterNext))
                && Words.previous(text, start).equals("là");
        String[] two = Words.before(text, start, 2).split(" ");
        boolean ofWhich = two.length == 2 && two[1].equals("trong") && two[0].matches("\\d+");
        boolean withOthers = (Words.previous(text, start).equals("cùng")
                        || Words.before(text, start, 2).equals("cùng với"))
                && Words.containsWords(Words.after(text, end, 4), "khác");
        return oneOf || ofWhich || withOthers;
    }

    /** Words before a count of delegates that tell who sat at the meeting reported: "có 155 đại biểu", "cùng 20 đại biểu". */
    private static final Set<String> ATTENDED_WITH = Set.of("có", "cùng", "với");

    /**
     * "320/411 xã đạt chuẩn, tương đương 77,86%": the share an x/y just given makes, a record as "đạt 98,6%" after one
     * is, not a conversion.
     */
    private static boolean shareOfARatio(String text, int start, UnitLexicon.Unit unit) {
        return unit != null
                && "%".equals(unit.name())
                && RATIO_BEFORE
                        .matcher(text.substring(Math.max(0, start - RATIO_REACH), start))
                        .find();
    }

    private static final Pattern RATIO_BEFORE = Pattern.compile("\\d+/\\d+ [^;()]*?,? tương đương $");

    private static final int RATIO_REACH = 80;

    /** Whether a count of the same noun follows in the sentence ("… thì có 06 nhóm …"): the first is their whole. */
    private static boolean countedAmongThem(String text, UnitLexicon.Unit unit) {
        String after = Words.lower(text.substring(unit.end(), Math.min(text.length(), unit.end() + AMONG_REACH)));
        int stop = after.indexOf(". ");
        Matcher part = COUNT_OF.matcher(stop < 0 ? after : after.substring(0, stop));
        while (part.find()) {
            if (part.group(1).equals(unit.name().split(" ")[0])) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern COUNT_OF = Pattern.compile("\\bcó \\d+ (\\p{L}+)");

    private static final int AMONG_REACH = 160;

    /** Whether "trên N …" is the base of a rate per head: "1 vạn dân", "10.000 dân", "100.000 người dân". */
    /** Words before a rate's base: "trên 1 vạn dân", "bình quân 1 vạn dân", "cho 10.000 dân". */
    private static final Set<String> PER_WORDS = Set.of("trên", "quân", "cho");

    private static boolean perCapita(String text, int start, int end, UnitLexicon.Unit unit) {
        String number = text.substring(start, end);
        String people = unit.name().equals("vạn") ? Words.after(text, unit.end(), 1) : unit.name();
        boolean round = number.equals("1") && unit.name().equals("vạn") || number.matches("10*(?:\\.000)+");
        return round && (people.equals("dân") || people.startsWith("người dân"));
    }

    /**
     * Delegates counted as they vote or as whom they represent: "429 ĐB tán thành", "18 đại biểu biểu quyết", "100% đại
     * biểu HĐND quận thông qua", "168 đại biểu đại diện cho …".
     */
    private static final Pattern VOTED = Pattern.compile(
            "\\s*(?:đại biểu|đb)(?: \\p{L}+){0,3} (?:tán thành|biểu quyết|nhất trí|đại diện cho|đã xem xét|thông qua)");

    /** A vote's share after its count: "…tán thành, đạt hơn 91%". */
    private static final Pattern VOTE_SHARE =
            Pattern.compile("tán thành,? (?:đạt|bằng|chiếm)(?: hơn| gần| khoảng| trên)? ?$");

    private static final int VOTE_REACH = 60;

    /** Verbs that make a count of indicators a result: "đạt và vượt 18 chỉ tiêu: …". */
    private static final Pattern ACHIEVED = Pattern.compile("đạt|vượt|hoàn thành");

    private NotRecords() {}

    /**
     * Whether the "số" before the number at {@code start} follows a body's name written with capitals mid-sentence
     * ("Tổ Công tác số 4", "Đội Kiểm tra số 2"): the number is part of the name. "dân số", "tổng số" are written low.
     */
    private static boolean namedBody(String text, int start) {
        int so = Words.startOfWordsBefore(text, start, 1);
        int from = Words.startOfWordsBefore(text, so, 2);
        if (from < 0 || from >= so) {
            return false;
        }
        for (String word : text.substring(from, so).strip().split(" ")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                return midSentence(text, from - 1);
            }
        }
        return false;
    }

    /**
     * Where a date or a document number starting at the number [start, end) ends, or -1: "16/5/2025", "12/2024",
     * "1758/QĐ-UBND", "5268 /BC-UBND", "137-KL/TW", "05/2023/QĐ-TTg".
     */
    static int codeEnd(String text, int start, int end) {
        int n = text.length();
        int i = end;
        if (i < n && text.charAt(i) == ' ' && i + 1 < n && text.charAt(i + 1) == '/') {
            i++;
        }
        if (i + 1 < n
                && (text.charAt(i) == '-' || text.charAt(i) == '/')
                && Character.isUpperCase(text.charAt(i + 1))) {
            return endOfCode(text, i);
        }
        if (i + 1 < n && text.charAt(i) == '/' && NumberReader.isDigit(text.charAt(i + 1))) {
            int j = i + 1;
            while (j < n && NumberReader.isDigit(text.charAt(j)) && j - i <= 5) {
                j++;
            }
            int digits = j - i - 1;
            if (j < n
                    && (text.charAt(j) == '/' || text.charAt(j) == '-')
                    && j + 1 < n
                    && Character.isLetterOrDigit(text.charAt(j + 1))) {
                return endOfCode(text, j); // 16/5/2025, 1221/2016/UBTVQH13
            }
            boolean year = digits == 4 && (text.startsWith("19", i + 1) || text.startsWith("20", i + 1));
            boolean dotted = j < n && text.charAt(j) == '.' && j + 1 < n && NumberReader.isDigit(text.charAt(j + 1));
            if (year && end - start <= 2 && !dotted) {
                return j; // 12/2024: a month
            }
        }
        return -1;
    }

    private static int endOfCode(String text, int from) {
        int i = from;
        while (i < text.length()
                && !Character.isWhitespace(text.charAt(i))
                && text.charAt(i) != ','
                && text.charAt(i) != ';'
                && text.charAt(i) != ')'
                && i - from < 40) {
            i++;
        }
        return i;
    }

    /** Whether a year-like number stands here: four plain digits 1900–2100 with no measure after it. */
    static boolean isYear(String text, int start, int end, UnitLexicon.Unit unit) {
        if (end - start != 4) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!NumberReader.isDigit(text.charAt(i))) {
                return false;
            }
        }
        int year = Integer.parseInt(text.substring(start, end));
        boolean listedAfterAYear = YEAR_BEFORE
                .matcher(text.substring(Math.max(0, start - YEAR_BEFORE_REACH), start))
                .find();
        return year >= 1900 && year <= 2100 && (unit == null || !unit.measure() || listedAfterAYear);
    }

    /** A year listed after another: "năm 2022 và 2023", "2019, 2020", "2021 - 2025" (whatever unit follows it). */
    private static final Pattern YEAR_BEFORE = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d\\s*(?:và|,|-|–|đến)\\s*$");

    private static final int YEAR_BEFORE_REACH = 12;

    /** The minutes of a time the page was posted at: "03/01/2018, 09:24 am". */
    private static boolean timeOfDay(String text, int start) {
        return start >= 2 && text.charAt(start - 1) == ':' && NumberReader.isDigit(text.charAt(start - 2));
    }

    /** Whether the number at [start, end), with {@code unit} after it, is not a quantity. */
    static boolean excluded(String text, int start, int end, UnitLexicon.Unit unit, boolean ratio, boolean opensLine) {
        if (opensLine && unit != null && !unit.measure()) {
            int at = Words.skipSpaces(text, end);
            if (at < text.length() && Character.isUpperCase(text.charAt(at))) {
                return true; // a PDF footnote's number opening its line: "3 Kế hoạch số 38/KH-UBND …"
            }
        }
        if (isYear(text, start, end, unit) || timeOfDay(text, start)) {
            return true;
        }
        if (unit != null && changeRestated(text, start, end, unit)) {
            return true; // "đạt 148.204 ha, tăng 0,28% (+411,1 ha)": the level's change again, in its unit
        }
        String previous = Words.previous(text, start);
        String asWritten = Words.previousAsWritten(text, start);
        if (previous.equals("số")) {
            String[] two = Words.before(text, start, 2).split(" ");
            boolean naming = two.length < 2
                    || NAMING_BEFORE_SO.contains(two[0])
                    || asWritten.equals("Số")
                    || namedBody(text, start);
            if (naming) {
                return true; // "tổ dân phố số 5", "Số: 5268", "TH Số 1"; but "dân số 41.207 người", "tổng số 20"
            }
        } else if (NAMING_WORDS.contains(previous)
                && !NOT_NAMING.contains(Words.before(text, start, 2))
                && !(previous.equals("mức")
                        && unit != null
                        && MONEY.matcher(unit.name()).find())) {
            // "lần thứ 2", "mức độ 2", "lớp 10"; but "hoàn thành vượt mức 19/19 chỉ tiêu" counts, and "ở mức 30,2 tỷ
            // đồng" is an amount
            return true;
        }
        boolean measured = unit != null && unit.measure();
        if (CALENDAR_WORDS.contains(previous)
                && !measured
                && !EVERY.contains(Words.before(text, start, 2).split(" ")[0])) {
            return true; // "tháng 3", "ngày 15"; but "hằng năm 12%", "cây ngắn ngày 175ha", "trong năm 52 người"
        }
        String twoBefore = Words.before(text, start, 2);
        if (DOCUMENT_TYPES.contains(twoBefore)
                && Character.isUpperCase(text.charAt(Words.startOfWordsBefore(text, start, 2)))
                && (unit == null || !unit.measure())) {
            return true; // "Nghị quyết 01", not the plan's level "(Kế hoạch 1,82%)"
        }
        if ((previous.equals("đương") || Words.before(text, start, 3).contains("tương đương"))
                && !shareOfARatio(text, start, unit)) {
            return true; // "4,87 tỷ USD tương đương 113.229 tỷ đồng": the same amount in another unit
        }
        if (unit != null && unit.name().startsWith("buổi/") && TEACH.contains(previous)) {
            return true; // "trẻ em được học 2 buổi/ngày": how a school teaches, a definition of whom it counts
        }
        if (unit != null && MONEY.matcher(unit.name()).find() && convertedInBrackets(text, start)) {
            return true; // "8.500 USD (khoảng hơn 224 triệu đồng)": the same amount in another currency
        }
        if (charBefore(text, start) == '-' && isNameBeforeDash(text, start)) {
            return true; // "Covid - 19", "COVID-19": the number of a name written with a dash
        }
        if (isTitleCase(asWritten)
                && midSentence(text, Words.startOfWordsBefore(text, start, 1) - 1)
                && (unit == null || !unit.measure())) {
            return true; // "bản Gia Khâu 1", "TH Số 2", "VNPT 120 trạm"
        }
        if (SPREAD.matcher(Words.lower(text.substring(Math.max(0, start - SPREAD_REACH), start)))
                .find()) {
            return true; // "qua các năm dao động từ 7% đến 9%": how a figure varied, not a record of it
        }
        if (amongOthers(text, start, end)) {
            return true; // "là 1 trong 8 tỉnh", "cùng với 7 địa phương khác": which group it belongs to
        }
        if (unit == null) {
            return false;
        }
        String name = unit.name();
        if (name.equals("con") && Words.after(text, unit.end(), 1).equals("số")) {
            return true; // "tăng trưởng 2 con số": two-digit growth, a manner
        }
        if (name.equals("%") && BOUNDS.contains(previous) && definesCountedGroup(text, start)) {
            return true; // "có 16/34 tỉnh đạt từ 8% trở lên": the bound says which places are counted
        }
        if (ratio && TIME_UNITS.contains(name)) {
            return true; // "trực 24/24 giờ"
        }
        if ((previous.equals("trên") || previous.equals("mỗi"))
                && unit.measure()
                && text.substring(start, end).matches("0?1")) {
            return true; // "bình quân trên 01 ha": the 1 defines the measure
        }
        String first = name.split("[ /]")[0];
        if (PLACE_WORDS.contains(first)) {
            int after = Words.skipSpaces(text, unit.end());
            if (after < text.length() && text.charAt(after) == ':') {
                after = Words.skipSpaces(text, after + 1); // "sáp nhập từ 3 xã: Phú Sơn, Nghĩa Hành và Tân Hương"
            }
            String nameWord = Words.after(text, after, 1);
            if (after < text.length() && Character.isUpperCase(text.charAt(after)) && !nameWord.isEmpty()) {
                return true; // "02 phường Tân Phong, Đông Phong" names the wards
            }
        }
        if ((PLACE_WORDS.contains(first) || first.equals("địa"))
                && NAMED_AFTER
                        .matcher(text.substring(unit.end(), Math.min(text.length(), unit.end() + NAMED_REACH)))
                        .lookingAt()) {
            return true; // "5 địa phương dẫn đầu là Bắc Giang (13,8%), Hòa Bình (12,8%)": which ones, by name
        }
        if (RANKED_AMONG.contains(first)
                && (previous.equals("trong") || previous.equals("số"))
                && RANK_WORDS.stream().anyMatch(w -> Words.containsWords(Words.before(text, start, RANK_REACH), w))) {
            return true; // "mức giảm sâu nhất trong 63 tỉnh, thành phố", "xếp thứ 5 trong số 34 địa phương": a rank
        }
        if (first.equals("loại") && (previous.equals("đủ") || charBefore(text, start) == '(')) {
            return true; // "tiêm đủ 8 loại vắc xin" defines full vaccination
        }
        if (namesTargets(name, text, unit.end())
                && (SET_BY.contains(Words.before(text, start, 2))
                        || SET_BEFORE
                                .matcher(Words.lower(text.substring(Math.max(0, start - SET_BEFORE_REACH), start)))
                                .find()
                        || !ratio
                                && SET_AFTER
                                        .matcher(Words.after(text, unit.end(), SET_AFTER_REACH))
                                        .find()
                                && !ACHIEVED.matcher(Words.before(text, start, 3))
                                        .find())) {
            return true; // "Nghị quyết đề ra 25 chỉ tiêu", "trong số 30 chỉ tiêu huyện đặt ra, …": how many were set
        }
        if ((name.startsWith("chỉ") || name.startsWith("mục"))
                && PART_OF_TARGETS.matcher(Words.before(text, start, 2)).matches()) {
            return true; // "… là ba trong 9 chỉ tiêu của năm": the whole the figures before are part of
        }
        if (name.startsWith("đồng chí") && previous.equals("gồm")) {
            return true; // "Ban Chấp hành … gồm 15 đồng chí": the members of one body
        }
        if (unit != null && Words.before(text, start, 2).equals("trong số") && countedAmongThem(text, unit)) {
            return true; // "Trong số 11 nhóm hàng hóa thì có 06 nhóm tăng giá": the whole the counts are taken from
        }
        if (PER_WORDS.contains(previous) && unit != null && perCapita(text, start, end, unit)) {
            return true; // "Số bác sĩ trên 1 vạn dân đạt 15,3 bác sĩ", "bình quân 1 vạn dân": the rate's base
        }
        int from = unit != null && "%".equals(unit.name()) ? unit.end() : end;
        String next =
                Words.lower(text.substring(Math.min(from, text.length()), Math.min(text.length(), from + VOTE_REACH)));
        if (VOTED.matcher(next).lookingAt()
                || VOTE_SHARE
                        .matcher(Words.lower(text.substring(Math.max(0, start - VOTE_REACH), start)))
                        .find()) {
            return true; // "với 429 ĐB tán thành, đạt hơn 91%", "đã được 18 đại biểu biểu quyết": how a session voted
        }
        if (Words.after(text, end, 2).equals("đại biểu") && ATTENDED_WITH.contains(previous)
                || Words.before(text, start, 3).equals("đại diện cho")
                || Words.before(text, start, 4).startsWith("đại diện cho ")) {
            return true; // "Dự Đại hội có 155 đại biểu đại diện cho 432 đảng viên": who attended one event; but
            // "tuyên truyền cho 792 đại biểu" counts the work done
        }
        if (!ratio
                && LIST_FOLLOWS
                        .matcher(text.substring(end, Math.min(text.length(), end + LIST_REACH)))
                        .lookingAt()
                && !ACHIEVED.matcher(Words.before(text, start, 3)).find()) {
            return true; // "với 20 chỉ tiêu chủ yếu là: …": the count announces the list, the list holds the figures
        }
        if (!ratio && partOfThePlan(text, start, unit, 0)) {
            return true; // "với 05 trọng tâm, thực hiện 24 chỉ tiêu; 85 nhóm giải pháp": what the plan is made of
        }
        String following = Words.after(text, unit.end(), 4);
        String phrase = (name + " " + following).strip();
        boolean setNoun = !unit.measure()
                && (name.startsWith("chương")
                        || name.startsWith("khâu")
                        || name.startsWith("nhiệm")
                        || name.startsWith("giải")
                        || name.startsWith("đề"));
        String before = setNoun ? Words.lower(text.substring(Math.max(0, start - SET_REACH), start)) : "";
        for (String set : NAMED_SETS) {
            if (setNoun && (Words.containsWords(phrase, set) || before.contains(set + " và "))) {
                return true; // "17 Đề án trọng tâm", "3 khâu đột phá và 10 giải pháp": what a plan is made of
            }
        }
        return false;
    }

    /** Whether a count's noun is targets: "25 chỉ tiêu", "3 mục tiêu", "10 nhóm chỉ tiêu". */
    private static boolean namesTargets(String name, String text, int unitEnd) {
        return name.startsWith("chỉ")
                || name.startsWith("mục")
                || name.equals("nhóm")
                        && TARGETS_NOUN.matcher(Words.after(text, unitEnd, 2)).lookingAt();
    }

    private static final Pattern TARGETS_NOUN = Pattern.compile("(?:chỉ tiêu|mục tiêu)(?!\\p{L})");

    /**
     * Whether a signed number opens a bracket right after a percentage change of a level written before it in the same
     * clause, in the same unit: "ước đạt 12.087 tấn, tăng 3,55% (+414,4 tấn)". With no level ("điện sản xuất tăng 15,4%
     * (+9,3 triệu kWh)") the bracket is the only amount of the change, a record.
     */
    private static boolean changeRestated(String text, int start, int end, UnitLexicon.Unit unit) {
        int i = start - 1;
        if (i < 0 || "+-−".indexOf(text.charAt(i)) < 0) {
            return false;
        }
        i = Words.skipSpacesBack(text, i - 1);
        if (i < 0 || text.charAt(i) != '(') {
            return false;
        }
        int percent = Words.skipSpacesBack(text, i - 1);
        if (percent < 0 || text.charAt(percent) != '%') {
            return false;
        }
        String written = Words.lower(text.substring(end, unit.end())).strip();
        int clause = Math.max(Math.max(text.lastIndexOf(';', percent), text.lastIndexOf(". ", percent)), 0);
        return !written.isEmpty()
                && Words.lower(text.substring(clause, percent)).contains(written);
    }

    private static final Pattern MONEY = Pattern.compile("(?:đồng|usd)$");

    /** Whether the number opens a bracket, after at most a hedge, that follows an amount of money. */
    private static boolean convertedInBrackets(String text, int start) {
        int open = start - 1;
        while (open >= 0 && start - open <= CONVERSION_HEDGE && text.charAt(open) != '(') {
            open--;
        }
        if (open < 0 || start - open > CONVERSION_HEDGE) {
            return false;
        }
        String hedge = Words.lower(text.substring(open + 1, start)).strip();
        String before = Words.lower(text.substring(Math.max(0, open - CONVERSION_HEDGE), open))
                .strip();
        return HEDGE.matcher(hedge).matches() && MONEY_BEFORE.matcher(before).find();
    }

    private static final Set<String> TEACH = Set.of("học", "dạy");

    private static final int CONVERSION_HEDGE = 30;
    private static final Pattern HEDGE = Pattern.compile("(?:(?:khoảng|hơn|gần|trên|tương đương|tức|xấp xỉ)\\s*)*");
    private static final Pattern MONEY_BEFORE = Pattern.compile("\\d (?:triệu |tỷ |tỉ |nghìn )?(?:usd|đồng|đô la)$");

    /** The parts a plan is made of: targets, tasks, groups of solutions, focal points. */
    private static final Pattern PLAN_PARTS =
            Pattern.compile("(?:chỉ tiêu|mục tiêu|nhiệm vụ|giải pháp|nhóm|trọng)(?!\\p{L})");

    /** A count of a plan's parts earlier in the same list: "thực hiện 24 chỉ tiêu; 85 nhóm …". */
    private static final Pattern EARLIER_PART =
            Pattern.compile("(?<![\\d/.,])(\\d{1,3}) (?:chỉ tiêu|mục tiêu|nhiệm vụ|giải pháp|nhóm|trọng)(?!\\p{L})");

    private static final int PARTS_REACH = 80;

    /**
     * Whether a count says what a plan is made of rather than what was achieved: governed by "với", "gồm" or "thực
     * hiện" ("thực hiện 24 chỉ tiêu"), or joined by ";", "," or "và" to such a count ("…; 85 nhóm giải pháp và 94 nhiệm
     * vụ"), with no word of achievement beside it ("Có 01 chỉ tiêu … và 02 chỉ tiêu … không đạt" counts results).
     */
    private static boolean partOfThePlan(String text, int start, UnitLexicon.Unit unit, int depth) {
        if (unit == null || !PLAN_PARTS.matcher(unit.name()).lookingAt()) {
            return false;
        }
        if (ACHIEVED.matcher(Words.before(text, start, 3)).find()
                || ACHIEVED.matcher(Words.after(text, unit.end(), 4)).find()) {
            return false;
        }
        String previous = Words.previous(text, start);
        if (previous.equals("với")
                || previous.equals("gồm")
                || Words.before(text, start, 2).equals("thực hiện")) {
            return true;
        }
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        boolean joined =
                previous.equals("và") || before >= 0 && (text.charAt(before) == ';' || text.charAt(before) == ',');
        if (!joined || depth >= 3) {
            return false;
        }
        int from = Math.max(0, start - PARTS_REACH);
        Matcher earlier = EARLIER_PART.matcher(text.substring(from, start));
        int found = -1;
        while (earlier.find()) {
            found = from + earlier.start(1);
        }
        if (found < 0) {
            return false;
        }
        int numberEnd = found;
        while (numberEnd < text.length() && NumberReader.isDigit(text.charAt(numberEnd))) {
            numberEnd++;
        }
        return partOfThePlan(text, found, UnitLexicon.parse(text, numberEnd), depth + 1);
    }

    /** Whether the word before the dash at the number is a name: capitalised letters ("Covid", "SARS"), not a number. */
    private static boolean isNameBeforeDash(String text, int start) {
        int dash = start - 1;
        while (dash >= 0 && text.charAt(dash) != '-') {
            dash--;
        }
        String word = Words.previousAsWritten(text, dash);
        return word.length() >= 2
                && Character.isUpperCase(word.charAt(0))
                && word.chars().allMatch(Character::isLetter);
    }

    private static boolean isTitleCase(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return Character.isLetter(word.charAt(1));
    }

    /** Whether a word stands before {@code pos} in the same phrase (so a capital there marks a name, not a sentence start). */
    private static boolean midSentence(String text, int pos) {
        int i = Words.skipSpacesBack(text, pos);
        return i >= 0 && Words.isWordChar(text.charAt(i));
    }

    static char charBefore(String text, int pos) {
        int i = Words.skipSpacesBack(text, pos - 1);
        return i >= 0 ? text.charAt(i) : '\0';
    }
}
