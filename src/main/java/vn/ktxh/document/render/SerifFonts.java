package vn.ktxh.document.render;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The serif faces a PDF embeds: Liberation Serif 2 (metric-compatible with Times New Roman), else DejaVu Serif.
 * A face is taken only if it holds the Vietnamese letters — Liberation Serif 1.07 (Debian's fonts-liberation)
 * lacks U+1EA0–U+1EF9, and a PDF printed with it would show boxes for "ạ", "ế", "ữ".
 */
public record SerifFonts(File regular, File bold, File italic, File boldItalic) {

    /** Letters of Latin Extended Additional and the base accents the documents use. */
    static final String VIETNAMESE_SAMPLE =
            "ẠạẢảẤấẦầẨẩẪẫẬậắằẳẵặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹĐđƠơƯư";

    private record Family(String directory, String regular, String bold, String italic, String boldItalic) {}

    private static final List<Family> CANDIDATES = List.of(
            new Family(
                    "liberation2",
                    "LiberationSerif-Regular.ttf",
                    "LiberationSerif-Bold.ttf",
                    "LiberationSerif-Italic.ttf",
                    "LiberationSerif-BoldItalic.ttf"),
            new Family(
                    "liberation",
                    "LiberationSerif-Regular.ttf",
                    "LiberationSerif-Bold.ttf",
                    "LiberationSerif-Italic.ttf",
                    "LiberationSerif-BoldItalic.ttf"),
            new Family(
                    "dejavu",
                    "DejaVuSerif.ttf",
                    "DejaVuSerif-Bold.ttf",
                    "DejaVuSerif-Italic.ttf",
                    "DejaVuSerif-BoldItalic.ttf"));

    /** Searches each root (e.g. /usr/share/fonts/truetype) for the first family that writes Vietnamese. */
    public static SerifFonts find(List<String> roots) {
        for (Family family : CANDIDATES) {
            for (String root : roots) {
                Optional<SerifFonts> found = family(new File(root, family.directory()), family);
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new MissingFonts("Không tìm thấy phông chữ có đủ dấu tiếng Việt để in PDF (đã tìm Liberation Serif 2 "
                + "và DejaVu Serif trong " + String.join(", ", roots) + "). Hãy cài gói fonts-liberation2 hoặc "
                + "fonts-dejavu-core (apt-get install fonts-liberation2 fonts-dejavu-core), hoặc đặt thuộc tính "
                + "ktxh.fonts.dirs trỏ tới thư mục chứa phông.");
    }

    private static Optional<SerifFonts> family(File dir, Family f) {
        File regular = new File(dir, f.regular());
        if (!regular.isFile() || !writesVietnamese(regular)) {
            return Optional.empty();
        }
        File bold = existing(new File(dir, f.bold()), regular);
        File italic = existing(new File(dir, f.italic()), regular);
        File boldItalic = existing(new File(dir, f.boldItalic()), bold);
        return Optional.of(new SerifFonts(regular, bold, italic, boldItalic));
    }

    private static File existing(File wanted, File fallback) {
        return wanted.isFile() ? wanted : fallback;
    }

    static boolean writesVietnamese(File file) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file))) {
            var cmap = font.getUnicodeCmapLookup();
            return VIETNAMESE_SAMPLE.codePoints().allMatch(cp -> cmap.getGlyphId(cp) > 0);
        } catch (IOException e) {
            return false;
        }
    }

    /** No font on the machine can print Vietnamese; the message says which package to install. */
    public static class MissingFonts extends RuntimeException {
        public MissingFonts(String message) {
            super(message);
        }
    }
}
