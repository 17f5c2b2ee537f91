package vn.ktxh.shared.web;

import tools.jackson.core.JacksonException;
import vn.ktxh.shared.RejectedInput;

/**
 * A body that is not JSON, or does not fit the request: said in Vietnamese with the item and the place, never with the
 * parser's own words (they name Java classes). The same for a body Spring reads and one a door reads item by item.
 */
public final class UnreadableJson {

    private UnreadableJson() {}

    /** {@code item}: the item a door read on its own ("[3]", or "" for the whole body), before the path inside it. */
    public static RejectedInput refusal(Throwable e, String item) {
        String field = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException json && field == null) {
                field = joined(item, path(json));
            }
            if (t instanceof RejectedInput refused) { // text the JSON reader refuses itself (a NUL character)
                String where = field == null || field.isEmpty() ? "" : "Trường \"%s\": ".formatted(field);
                return new RejectedInput(field, where + refused.getMessage());
            }
        }
        String cause = rootMessage(e);
        String where = cause == null
                ? ""
                : cause.lines()
                        .filter(l -> l.contains("line:"))
                        .findFirst()
                        .map(l -> " (" + l.replaceAll(".*line: (\\d+), column: (\\d+).*", "dòng $1, cột $2") + ")")
                        .orElse("");
        String named = field == null || field.isEmpty() ? "" : ", trường \"%s\"".formatted(field);
        return new RejectedInput(
                field == null || field.isEmpty() ? "body" : field,
                "Nội dung gửi lên không phải JSON hợp lệ hoặc sai kiểu dữ liệu" + named + where);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static String joined(String item, String path) {
        return item.isEmpty() || path.isEmpty() || path.startsWith("[") ? item + path : item + "." + path;
    }

    /** "[2].value" for the item at fault, as {@link RejectedInput#field()} names it elsewhere. */
    private static String path(JacksonException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
