package vn.ktxh.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The area a document's file name gives where its text never names its own (a page saved from a portal:
 * "huyen-lam-ha-6t2022.txt", "tinh-danang-2022.txt", "bacninh_kinhteso.txt"). The name is written without diacritics,
 * so it is matched, letters folded, against the provinces, the names the text writes ("Lâm Hà") and then the districts
 * or the communes of the level the name gives ("xa-tamphuoc" → xã Tam Phước).
 */
final class FileNameArea {

    /** Level words of a file name and how the documents write them. */
    private static final Map<String, String> LEVELS = Map.of(
            "tinh",
            "tỉnh",
            "huyen",
            "huyện",
            "quan",
            "quận",
            "xa",
            "xã",
            "phuong",
            "phường",
            "thanhpho",
            "thành phố",
            "tp",
            "thành phố",
            "thixa",
            "thị xã",
            "thitran",
            "thị trấn");

    /** A file name's first token naming a national body: the Government ("cp"), the National Assembly ("qh"). */
    private static final Set<String> NATIONAL = Set.of("cp", "qh", "canuoc");

    /** "tỉnh Bắc Ninh", "thành phố Đà Nẵng": the 63 provinces before and the 34 after 2025-07-01. */
    private static final List<String> PROVINCES = readList("/extraction/provinces.txt");

    /** "huyện Gò Dầu", "thị xã Sa Pa": the district-level units before 2025-07-01, for a page that never names its own. */
    private static final List<String> DISTRICTS = readList("/extraction/districts.txt");

    /** "xã Tam Phước", "phường 3": the commune-level names before 2025-07-01, each once, for the same pages. */
    private static final List<String> COMMUNES = readList("/extraction/communes.txt");

    /** A name as the text writes it: one to four capitalised words ("Lâm Hà", "Bà Rịa - Vũng Tàu"). */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}*(?: (?:- )?\\p{Lu}\\p{Ll}*){0,3}");

    /** The text is searched for the name this far, so that a long document costs nothing here. */
    private static final int SEARCHED = 20_000;

    private FileNameArea() {}

    /** The provinces and centrally-run cities, as "tỉnh Gia Lai", "thành phố Hải Phòng". */
    static List<String> provinces() {
        return PROVINCES;
    }

    /** The area the file name gives, as the text or the list of provinces writes it, or null. */
    static String of(String fileName, List<String> lines) {
        List<String> tokens = Arrays.stream(stem(fileName).split("[^a-z0-9]+"))
                .filter(t -> !t.isEmpty())
                .toList();
        if (!tokens.isEmpty() && NATIONAL.contains(tokens.get(0))) {
            return DocumentContext
                    .NATIONWIDE; // "cp-quyhoach-yte-2030", "qh-nq-kh2007": the Government's, the Assembly's
        }
        for (int i = 0; i < tokens.size(); i++) {
            String level = LEVELS.get(tokens.get(i));
            int from = level == null ? i : i + 1;
            for (int end = from + 1; end <= Math.min(tokens.size(), from + 4); end++) {
                String slug = String.join("", tokens.subList(from, end));
                String found =
                        slug.length() < (level == null ? 4 : 3) || slug.chars().anyMatch(Character::isDigit)
                                ? null
                                : named(slug, level, lines);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * A token of a file name that ends in a year: "2024", "6t2024", "q1", "kh2022" before it (group 1 a part of the year,
     * group 2 the year).
     */
    private static final Pattern YEAR_TOKEN = Pattern.compile("(\\d{1,2}t|t\\d{1,2}|q[1-4]|kh)?((?:19|20)\\d\\d)");

    /** The last year a file name gives ("huyen-chupuh-6t2024.txt" → "2024"), or null; a hash has none. */
    static String yearOf(String fileName) {
        String period = periodOf(fileName);
        return period == null ? null : period.substring(period.length() - 4);
    }

    /** The period the last dated token of a file name gives: "xa-ducgiang-6t2021" → 6T/2021, "kh2025" → 2025. */
    static String periodOf(String fileName) {
        String period = null;
        for (String token : stem(fileName).split("[^a-z0-9]+")) {
            Matcher m = YEAR_TOKEN.matcher(token);
            if (m.matches()) {
                String part = m.group(1);
                period = part == null || part.equals("kh")
                        ? m.group(2)
                        : part.toUpperCase(Locale.ROOT) + "/" + m.group(2);
            }
        }
        return period;
    }

    private static String stem(String fileName) {
        return fileName.replaceAll("^.*[/\\\\]", "")
                .replaceAll("\\.[A-Za-z]{2,4}$", "")
                .toLowerCase(Locale.ROOT);
    }

    private static String named(String slug, String level, List<String> lines) {
        for (String province : PROVINCES) {
            String name =
                    province.substring(province.startsWith("thành phố ") ? "thành phố ".length() : "tỉnh ".length());
            if (fold(name).equals(slug)
                    && (level == null || level.equals("tỉnh") || province.startsWith(level + " "))) {
                return province;
            }
            if (fold(name).equals(slug) && level.equals("thành phố")) {
                return level + " " + name; // "tp-quangngai": the city that gives its province its name
            }
        }
        if (level == null) {
            return null;
        }
        int searched = 0;
        for (String line : lines) {
            Matcher m = NAME.matcher(line);
            while (m.find()) {
                if (fold(m.group()).equals(slug)) {
                    return level + " " + m.group();
                }
            }
            searched += line.length();
            if (searched > SEARCHED) {
                break;
            }
        }
        return listed(
                level.equals("xã") || level.equals("phường") || level.equals("thị trấn") ? COMMUNES : DISTRICTS,
                slug,
                level);
    }

    /**
     * The one unit of that level in the list whose name folds to the slug; none where two names fold alike ("Phù
     * Ninh", "Phú Ninh"). Communes of one name in several provinces are listed once: their name is the area's.
     */
    private static String listed(List<String> units, String slug, String level) {
        List<String> found = units.stream()
                .filter(d -> d.startsWith(level + " ")
                        && fold(d.substring(level.length() + 1)).equals(slug))
                .toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /** "Đà Nẵng" → "danang": lower case, no diacritics, no spaces or dashes. */
    static String fold(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static List<String> readList(String resource) {
        try (InputStream in = FileNameArea.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Thiếu tệp " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(String::strip)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
