package vn.ktxh.document;

import java.util.List;

/**
 * Văn bản hành chính: an official document as content only — header, title, body, closing and annexes — so one
 * model is printed in every format. Layout (fonts, margins, page size) belongs to the renderers.
 */
public record OfficialDocument(
        Header header, String kind, String title, List<Block> body, Closing closing, List<Annex> annexes) {

    public OfficialDocument {
        body = List.copyOf(body);
        annexes = List.copyOf(annexes);
    }

    /**
     * The header block: on the left the governing body, if any (cơ quan chủ quản, upright), and the issuing body
     * below it (upper-case bold, every line); the national title and motto on the right; then the number and symbol
     * and the place and date.
     */
    public record Header(
            List<String> governing,
            List<String> issuer,
            String nation,
            String motto,
            String number,
            String placeAndDate) {

        public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

        public Header {
            governing = List.copyOf(governing);
            issuer = List.copyOf(issuer);
        }
    }

    /** "Nơi nhận:" on the left; the authority, the signer's title and name on the right. */
    public record Closing(List<String> recipients, String authority, String signerTitle, String signerName) {

        public Closing {
            recipients = List.copyOf(recipients);
        }
    }

    /** Phụ lục: a label ("Phụ lục I"), a title, a line under it, and a table printed on landscape pages. */
    public record Annex(String label, String title, String subtitle, Table table) {}
}
