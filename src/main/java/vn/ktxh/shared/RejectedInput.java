package vn.ktxh.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Input refused before anything is stored, with its place as data: the {@code item} of the request (the row of an
 * upload, the figure of a list), the {@code field} inside it, and how a person names that place ("Dòng số liệu thứ
 * 3"). The {@code detail} is Vietnamese and names the value and what would be right; the message puts the place
 * before it. Adapters render the parts (problem+json, the upload preview, a form beside its field) without parsing
 * text.
 */
public class RejectedInput extends RuntimeException {

    private final Integer item;
    private final String field;
    private final String where;
    private final String detail;

    public RejectedInput(String field, String detail) {
        this(null, field, null, shortened(detail));
    }

    public RejectedInput(String detail) {
        this(null, detail);
    }

    /** {@code detail} already shortened: every refusal comes through the public constructor first. */
    private RejectedInput(Integer item, String field, String where, String detail) {
        super(where == null ? detail : where + ": " + detail);
        this.item = item;
        this.field = field;
        this.where = where;
        this.detail = detail;
    }

    /** A quoted value longer than this is cut in what the refusal says: a megabyte sent is not a megabyte answered. */
    private static final int QUOTED_SHOWN = 40;

    private static final int SAID = 500;
    private static final Pattern LONG_QUOTE = Pattern.compile("\"([^\"]{" + (QUOTED_SHOWN + 1) + ",})\"");

    private static String shortened(String detail) {
        if (detail == null || detail.length() <= SAID) {
            return detail;
        }
        String cut = LONG_QUOTE
                .matcher(detail)
                .replaceAll(m -> Matcher.quoteReplacement("\"" + m.group(1).substring(0, QUOTED_SHOWN) + "…\""));
        return cut.length() <= SAID ? cut : cut.substring(0, SAID) + "…";
    }

    /** The same refusal, placed at item {@code index} of a request, which a person calls {@code where} ("Dòng 3"). */
    public RejectedInput atItem(int index, String where) {
        return new RejectedInput(index, field, where, detail);
    }

    /** The index of the item refused, or null when the refusal is about the request as a whole. */
    public Integer item() {
        return item;
    }

    /** The field inside the item (or inside the request when there is no item): "value". */
    public String fieldInItem() {
        return field;
    }

    /** The path of the field in the request, as problem+json names it: "[2].value". */
    public String field() {
        if (item == null) {
            return field;
        }
        return "[" + item + "]" + (field == null ? "" : "." + field);
    }

    /** What is wrong, without the place. */
    public String detail() {
        return detail;
    }
}
