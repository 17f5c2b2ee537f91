package vn.ktxh.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit written after a number, normalised as the labelling rules say: measures ("%", "%o" → "‰", "trđ" →
 * "triệu đồng", "ha", "km2"), scale words ("1,5 triệu khách" → "triệu khách"; a bare "triệu" or "tỷ" is money),
 * per-unit forms joined with "/" ("triệu đồng/ha/năm"), and otherwise the counted noun as written ("18 trường" →
 * "trường", "1.200 lượt người" → "lượt người").
 */
final class UnitLexicon {

    /** A unit found at [start, end) of the text; {@code measure} for measures, false for a counted noun. */
    record Unit(String name, int end, boolean measure) {
        boolean isPercent() {
            return name.equals("%");
        }
    }

    /** Written forms of measures, longest first so "triệu đồng" wins over "triệu" and "km2" over "km". */
    private static final List<Map.Entry<String, String>> MEASURES = List.of(
            Map.entry("triệu đồng", "triệu đồng"),
            Map.entry("tr.đồng", "triệu đồng"),
            Map.entry("tr đồng", "triệu đồng"),
            Map.entry("tr.đ", "triệu đồng"),
            Map.entry("trđ", "triệu đồng"),
            Map.entry("tỷ đồng", "tỷ đồng"),
            Map.entry("tỉ đồng", "tỷ đồng"),
            Map.entry("nghìn đồng", "nghìn đồng"),
            Map.entry("ngàn đồng", "nghìn đồng"),
            Map.entry("triệu usd", "triệu usd"),
            Map.entry("tỷ usd", "tỷ usd"),
            Map.entry("triệu đô la mỹ", "triệu usd"),
            Map.entry("đô la mỹ", "usd"),
            Map.entry("đô la", "usd"),
            Map.entry("usd", "usd"),
            Map.entry("điểm phần trăm", "%"),
            Map.entry("điểm %", "%"),
            Map.entry("phần trăm", "%"),
            Map.entry("phần nghìn", "‰"),
            Map.entry("%o", "‰"),
            Map.entry("%0", "‰"), // "giảm xuống 0,12%0": a per mille typed with a zero
            Map.entry("‰", "‰"),
            Map.entry("%", "%"),
            Map.entry("ng/km2", "người/km2"), // a yearbook's "Ng/km2": people per square kilometre
            Map.entry("người/km2", "người/km2"),
            Map.entry("km²", "km2"),
            Map.entry("km2", "km2"),
            Map.entry("m²", "m2"),
            Map.entry("m2", "m2"),
            Map.entry("m³", "m3"),
            Map.entry("m3", "m3"),
            Map.entry("km", "km"),
            Map.entry("héc ta", "ha"),
            Map.entry("héc-ta", "ha"),
            Map.entry("hecta", "ha"),
            Map.entry("ha", "ha"),
            Map.entry("tấn", "tấn"),
            Map.entry("tạ", "tạ"),
            Map.entry("kilôgam", "kg"),
            Map.entry("kilogram", "kg"),
            Map.entry("kg", "kg"),
            Map.entry("lít", "lít"),
            Map.entry("đồng", "đồng"),
            Map.entry("giờ", "giờ"),
            Map.entry("phút", "phút"),
            Map.entry("m", "m"),
            Map.entry("g", "g"),
            Map.entry("đ", "đồng"));

    private static final Set<String> NOT_MONEY_AFTER_DONG =
            Set.of("chí", "bào", "hồ", "đội", "thời", "bộ", "ruộng", "cỏ", "bằng");

    /** Modifiers written before the counted noun: "347 nam công dân" counts citizens. */
    private static final Set<String> MODIFIERS = Set.of("nam", "nữ");

    private static final Set<String> SCALES = Set.of("nghìn", "ngàn", "triệu", "tỷ", "tỉ");

    /**
     * Words that follow a number without being what it counts: function words, and the nouns of names and
     * definitions ("2 cấp", "5 tuổi", "3 tháng", "3 sao", "5 năm").
     */
    static final Set<String> NOT_COUNTED = Set.of(
            "và", "của", "là", "với", "trong", "trên", "dưới", "so", "đến", "tới", "từ", "được", "đã", "có", "cho",
            "theo", "tại", "về", "thì", "mà", "nhưng", "hoặc", "hay", "này", "đó", "các", "những", "một", "để", "vào",
            "ra", "lên", "xuống", "còn", "giảm", "tăng", "đạt", "bằng", "khoảng", "trở", "ít", "nhiều", "hơn", "chiếm",
            "gồm", "cấp", "tuổi", "tháng", "năm", "ngày", "sao", "quý", "quí", "tuần", "thứ", "lần", "đợt", "kỳ",
            "khóa", "khoá", "nhiệm", "giai", "vượt", "nên", "do", "bị", "sẽ", "đang", "cũng", "đều", "hết", "tỷ lệ",
            "như", "nếu", "khi", "sau", "trước", "giữa", "ngoài", "qua", "bởi", "tuy", "vì", "rồi", "ở", "thuộc",
            "trực", "khu", "lô", "số", "mức", "độ", "chỉ", "năm học", "th", "thcs", "thpt", "mn", "tổng", "gini", "hdi",
            "pci", "papi", "sipas", "par", "ict");

    /** Nouns written as two or three words that count one thing (the scorer compares the first word anyway). */
    private static final Set<String> COMPOUNDS = Set.of(
            "lượt người",
            "lượt khách",
            "lượt hồ sơ",
            "lượt xe",
            "hộ gia đình",
            "hộ kinh doanh",
            "hộ dân",
            "hộ nghèo",
            "cơ sở",
            "trường hợp",
            "trường học",
            "phòng học",
            "lớp học",
            "giấy phép",
            "giấy chứng nhận",
            "sản phẩm",
            "mô hình",
            "tập thể",
            "cá nhân",
            "công dân",
            "đồng chí",
            "học sinh",
            "giáo viên",
            "trẻ em",
            "tổ dân phố",
            "đơn vị",
            "đối tượng",
            "hồ sơ",
            "tiêu chí",
            "chỉ tiêu",
            "chương trình",
            "doanh nghiệp",
            "hợp tác xã",
            "nhà văn hóa",
            "nhà văn hoá",
            "nhà hàng",
            "sân vận động",
            "bể bơi",
            "siêu thị",
            "trung tâm thương mại",
            "viên chức",
            "công chức",
            "cán bộ",
            "vụ việc",
            "tin bài",
            "băng rôn",
            "bơm kim tiêm",
            "bao cao su",
            "nhân khẩu",
            "chủ thể",
            "thửa đất",
            "suất quà",
            "nhiệm vụ",
            "phương án",
            "dự án",
            "đồ án",
            "văn bản",
            "quyết định",
            "thông báo",
            "tài khoản",
            "thẻ căn cước",
            "tân binh",
            "bị can",
            "tố giác",
            "sáng kiến",
            "lao động",
            "phương tiện",
            "giấy tờ",
            "loại mô hình",
            "lớp tập huấn",
            "điểm du lịch",
            "cơ sở lưu trú",
            "sân bóng đá",
            "tuyến phố",
            "tổ liên gia",
            "phòng chuyên môn",
            "lượt công dân",
            "bộ dụng cụ",
            "cụm pa nô",
            "sân bóng");

    private UnitLexicon() {}

    /** The unit written at {@code pos} (after at most two spaces), or null when no unit follows. */
    static Unit parse(String text, int pos) {
        int n = text.length();
        int i = pos;
        int spaces = 0;
        while (i < n && text.charAt(i) == ' ' && spaces < 3) {
            i++;
            spaces++;
        }
        if (i >= n) {
            return null;
        }
        boolean glued = spaces == 0;
        if (glued && Character.isUpperCase(text.charAt(i)) && (i + 1 >= n || !Character.isLetter(text.charAt(i + 1)))) {
            return null; // "4G/5G", "3D": a name, not grams
        }
        Unit unit = measureAt(text, i);
        if (unit == null
                && (!glued || Character.isLowerCase(text.charAt(i)) && Words.endOfWordsAfter(text, i, 1) - i >= 2)) {
            unit = countedAt(text, i); // "18 trường", also glued in a hurried text: "1.031.200con"
            if (unit != null) {
                unit = perRoundNumber(text, i, unit);
            }
        }
        if (unit != null
                && unit.name().equals("điểm")
                && CONTRIBUTED
                        .matcher(Words.lower(text.substring(Math.max(0, pos - CONTRIBUTION_REACH), pos)))
                        .find()) {
            return new Unit("%", unit.end(), true); // "đóng góp 1,46 điểm vào tốc độ tăng": percentage points
        }
        if (unit == null && Words.after(text, i, 1).equals("tuổi") && lifeExpectancy(text, pos)) {
            unit = new Unit("tuổi", Words.endOfWordsAfter(text, i, 1), true); // "tuổi thọ bình quân đạt 75 tuổi"
        }
        return unit == null ? null : withPerUnit(text, unit);
    }

    /** The unit a text is, whole ("Người", "Triệu đồng", "%"), or null when it is more or other words. */
    static Unit whole(String text) {
        if (text.isEmpty()) {
            return null;
        }
        Unit unit = parse(" " + text, 0);
        return unit != null && unit.end() >= text.length() + 1 ? unit : null;
    }

    /** Whether the number measures life expectancy, so its "tuổi" is its unit, not part of a definition ("dưới 5 tuổi"). */
    private static boolean lifeExpectancy(String text, int pos) {
        return Words.lower(text.substring(Math.max(0, pos - LIFE_EXPECTANCY_REACH), pos))
                .contains("tuổi thọ");
    }

    /** How far before the number "tuổi thọ" may stand: "tuổi thọ bình quân của người dân đạt 75 tuổi". */
    private static final int LIFE_EXPECTANCY_REACH = 60;

    /** The lower-cased text of the sentence before {@code i}, at most {@link #SENTENCE_REACH} characters of it. */
    private static String sentenceBefore(String text, int i) {
        int reach = Math.max(0, i - SENTENCE_REACH);
        String window = text.substring(reach, i); // searched only back to the reach, so a long text costs nothing more
        int from = reach + Math.max(0, Math.max(window.lastIndexOf(". "), window.lastIndexOf('\n')));
        return Words.lower(text.substring(from, i));
    }

    private static final int SENTENCE_REACH = 200;

    /** What a bare "triệu" counts people in: the population, the labour force. */
    private static final Pattern PEOPLE_COUNTED = Pattern.compile("dân số|lực lượng lao động");

    /** A contribution to a growth rate, in points: "đóng góp 2,04 điểm", "đóng góp khoảng 1,5 điểm". */
    private static final Pattern CONTRIBUTED = Pattern.compile("đóng góp(?: khoảng| thêm)? [\\d.,]+$");

    private static final int CONTRIBUTION_REACH = 40;

    /**
     * A counted noun of several words written before a rate per a round number is one unit with it: "109 bé trai/100
     * bé gái sinh ra sống", "9 bác sĩ/10.000 dân".
     */
    private static Unit perRoundNumber(String text, int i, Unit counted) {
        int end = counted.end();
        for (int w = 0; w < 3 && end < text.length(); w++) {
            Unit perWritten = perRoundNumberInWords(text, i, end);
            if (perWritten != null) {
                return perWritten;
            }
            if (text.charAt(end) == '/' && NumberReader.isDigit(charAfterSlash(text, end))) {
                Unit whole = withPerUnit(text, new Unit(text.substring(i, end).toLowerCase(Locale.ROOT), end, false));
                return whole.end() > end ? whole : counted;
            }
            int next = Words.endOfWordsAfter(text, end, 1);
            if (next == end
                    || NOT_COUNTED.contains(
                            text.substring(Words.skipSpaces(text, end), next).toLowerCase(Locale.ROOT))) {
                break;
            }
            end = next;
        }
        return counted;
    }

    /** "33 giường bệnh trên 10.000 dân": the rate written with "trên" for "/", as "giường bệnh/10.000 dân". */
    private static Unit perRoundNumberInWords(String text, int i, int end) {
        int per = Words.skipSpaces(text, end);
        if (!Words.after(text, per, 1).equals("trên")) {
            return null;
        }
        Matcher round = PER_ROUND_NUMBER.matcher(text).region(Words.endOfWordsAfter(text, per, 1), text.length());
        if (!round.lookingAt()) {
            return null;
        }
        String name = text.substring(i, end).strip() + "/" + round.group(1);
        return new Unit(name.toLowerCase(Locale.ROOT), round.end(1), false);
    }

    /** A round number of people a rate counts per: " 10.000 dân", " 1 vạn dân", " 100.000 người". */
    private static final Pattern PER_ROUND_NUMBER =
            Pattern.compile(" (10*(?:\\.000)*(?: vạn)? (?:dân|người|trẻ|phụ nữ|lao động))(?!\\p{L})");

    private static Unit measureAt(String text, int i) {
        for (Map.Entry<String, String> form : MEASURES) {
            String written = form.getKey();
            if (text.regionMatches(true, i, written, 0, written.length())) {
                int end = i + written.length();
                if (end < text.length() && Character.isLetter(text.charAt(end))) {
                    continue; // "ha" of "hai", "m" of "mới"
                }
                if (end < text.length() && Character.isDigit(text.charAt(end)) && !written.endsWith("%")) {
                    continue; // "m20" is a name, not metres
                }
                if (written.equals("đồng") && NOT_MONEY_AFTER_DONG.contains(Words.after(text, end, 1))) {
                    continue; // "30 đồng chí", "đồng bào": not money
                }
                return new Unit(form.getValue(), end, true);
            }
        }
        for (String scale : SCALES) {
            if (Words.startsWith(text, i, scale)) {
                return scaled(text, i, scale);
            }
        }
        return null;
    }

    /** "triệu" or "tỷ" alone is money; before a noun it scales that noun ("1,5 triệu khách"); "tỷ lệ" is no unit. */
    private static Unit scaled(String text, int i, String scale) {
        int after = i + scale.length();
        String next = Words.after(text, after, 1);
        if (next.equals("lệ")) {
            return null;
        }
        String canonical = scale.equals("tỉ") ? "tỷ" : scale; // "ngàn" stays as written: labels keep it
        Unit currency = next.isEmpty() ? null : measureAt(text, Words.skipSpaces(text, after));
        if (currency != null
                && (currency.name().endsWith("usd") || currency.name().endsWith("đồng"))) {
            // "500 tỉ đô la Mỹ" -> tỷ usd; "2,8 triệu tỷ đồng" -> triệu tỷ đồng
            return new Unit(canonical + " " + currency.name(), currency.end(), true);
        }
        if (next.isEmpty() || !Character.isLetter(next.charAt(0)) || NOT_COUNTED.contains(next)) {
            // "dân số … là 96,2 triệu; trong đó nam 47,88 triệu": people, not money
            boolean people = PEOPLE_COUNTED.matcher(sentenceBefore(text, i)).find();
            return new Unit(canonical + (people ? " người" : " đồng"), after, true);
        }
        Unit counted = countedAt(text, Words.skipSpaces(text, after));
        if (counted == null) {
            return new Unit(canonical + " đồng", after, true);
        }
        return new Unit(canonical + " " + counted.name(), counted.end(), false);
    }

    /** The counted noun at {@code i}: a word that is not a function word, with a second or third word if it is a compound. */
    static Unit countedAt(String text, int i) {
        int end1 = Words.endOfWordsAfter(text, i, 1);
        if (end1 == i || !Character.isLetter(text.charAt(i))) {
            return null;
        }
        String first = text.substring(i, end1).toLowerCase(Locale.ROOT);
        int end3 = Words.endOfWordsAfter(text, i, 3);
        int end2 = Words.endOfWordsAfter(text, i, 2);
        String three = text.substring(i, end3).toLowerCase(Locale.ROOT);
        String two = text.substring(i, end2).toLowerCase(Locale.ROOT);
        if (COMPOUNDS.contains(three)) {
            return new Unit(three, end3, false);
        }
        if (COMPOUNDS.contains(two)) {
            return new Unit(two, end2, false);
        }
        if (NOT_COUNTED.contains(first) || first.length() > 12) {
            return null;
        }
        if (MODIFIERS.contains(first) && end2 > end1) {
            Unit noun = countedAt(text, Words.skipSpaces(text, end1));
            if (noun != null) {
                return noun;
            }
        }
        return new Unit(first, end1, false);
    }

    /** Words after "/" that name a plan, not a unit: "ước đạt 55,3 triệu đồng/KH 55-56 triệu đồng". */
    static final Set<String> PLAN_AFTER_SLASH = Set.of("kh", "kế", "nq", "dt", "dự", "chỉ", "mục");

    /** Words that end the noun phrase of a per-unit form ("con/phụ nữ đạt …", "người/năm trở lên"). */
    private static final Set<String> PER_UNIT_STOPS = Set.of(
            "và", "của", "là", "với", "trong", "trên", "dưới", "so", "đến", "tới", "đạt", "tăng", "giảm", "trở", "được",
            "có", "theo", "tại", "cho", "từ", "khi", "để", "thì", "này", "đó", "bằng", "hoặc", "còn", "chiếm", "vượt",
            "như", "tỷ", "tỉ", "tốc", "ước", "kế", "giai", "thời", "nhiệm", "cả",
            "vào"); // "7%/năm giai đoạn 2021-2030"
    /** A per-unit form's phrase after "/" is at most this many words ("bé trai/100 bé gái sinh ra sống"). */
    private static final int PER_UNIT_WORDS = 5;

    /**
     * "/ha/năm", "/người/năm", "/xã", "/phụ nữ", "/100.000 dân", "/ người/6 tháng" written right after the unit make a
     * per-unit form, the phrase after each "/" running to punctuation or a word of the sentence ("đạt", "và", …).
     */
    /** The first character after a "/" and the space a writer may leave before a number: "bác sỹ/ 10.000 dân". */
    private static char charAfterSlash(String text, int slash) {
        int at = Words.skipSpaces(text, slash + 1);
        return at < text.length() ? text.charAt(at) : ' ';
    }

    private static Unit withPerUnit(String text, Unit unit) {
        StringBuilder name = new StringBuilder(unit.name());
        int end = unit.end();
        for (int k = 0; k < 3 && end < text.length() && text.charAt(end) == '/'; k++) {
            int from = NumberReader.isDigit(charAfterSlash(text, end)) ? Words.skipSpaces(text, end + 1) : end + 1;
            int phraseEnd = perUnitPhraseEnd(text, from);
            if (phraseEnd < 0) {
                break;
            }
            String per = text.substring(from, phraseEnd).strip().toLowerCase(Locale.ROOT);
            name.append('/').append(per);
            end = phraseEnd;
            if (PLACES_OF_A_RANK.contains(per) && end + 1 < text.length() && text.charAt(end) == ',') {
                for (int words = 3; words >= 1; words--) {
                    String other = Words.after(text, end + 1, words);
                    if (PLACES_OF_A_RANK.contains(other)) {
                        name.append(", ").append(other); // "2,5 tỷ đồng/xã, phường": one rate for units of one rank
                        end = Words.endOfWordsAfter(text, end + 1, words);
                        break;
                    }
                }
            }
        }
        return end == unit.end() ? unit : new Unit(name.toString(), end, true);
    }

    /** Units of one rank that a rate may name together after its "/": "triệu đồng/xã, phường", "người/thôn, bản". */
    private static final Set<String> PLACES_OF_A_RANK = Set.of(
            "xã",
            "phường",
            "thị trấn",
            "thôn",
            "bản",
            "tổ",
            "tổ dân phố",
            "ấp",
            "xóm",
            "huyện",
            "quận",
            "thị xã",
            "tỉnh",
            "thành phố");

    /** Where the phrase of a per-unit form starting at {@code from} ends, or -1 when none stands there (a plan: "/KH"). */
    static int perUnitPhraseEnd(String text, int from) {
        int i = Words.skipSpaces(text, from);
        if (i - from > 1) {
            return -1;
        }
        int end = -1;
        if (i < text.length() && NumberReader.isDigit(text.charAt(i))) {
            int digits = i;
            while (i < text.length() && (NumberReader.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                i++;
            }
            String number = text.substring(digits, i);
            i = Words.skipSpaces(text, i);
            String next = Words.after(text, i, 1);
            boolean time = next.equals("tháng") || next.equals("năm") || next.equals("quý") || next.equals("ngày");
            if (!number.matches("10*(?:\\.000)*") && !time) {
                return -1; // "51 vụ/56 đối tượng" is two counts; a rate is per a round number or a time ("/100.000
                // dân", "/6 tháng")
            }
        }
        for (int w = 0; w < PER_UNIT_WORDS && i < text.length() && Character.isLetter(text.charAt(i)); w++) {
            int wordEnd = Words.endOfWordsAfter(text, i, 1);
            String word = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
            boolean first = end < 0;
            if (first && PLAN_AFTER_SLASH.contains(word)
                    || !first
                            && (PER_UNIT_STOPS.contains(word)
                                    || Character.isUpperCase(text.charAt(i))
                                    || word.equals("năm") && followedByYear(text, wordEnd))) {
                break;
            }
            end = wordEnd;
            if (wordEnd >= text.length() || text.charAt(wordEnd) != ' ') {
                break;
            }
            i = wordEnd + 1;
        }
        return end;
    }

    private static boolean followedByYear(String text, int at) {
        int i = Words.skipSpaces(text, at);
        return i + 4 <= text.length() && text.substring(i, i + 4).matches("(?:19|20)\\d\\d");
    }
}
