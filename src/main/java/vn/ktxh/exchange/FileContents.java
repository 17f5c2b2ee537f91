package vn.ktxh.exchange;

import java.util.List;

/**
 * What a reader found in a file: the template's stamp (null for CSV), the values, the problems of single cells or
 * lines (every one, up to the limit), and warnings about what was not read.
 */
public record FileContents(
        TemplateStamp stamp,
        String visibleArea,
        String visiblePeriod,
        List<UploadedFigure> figures,
        List<ProblemAt> problems,
        List<String> warnings) {

    /** A refusal tied to a place in the file; {@code field} is the column's field, null for the whole row. */
    public record ProblemAt(Place place, String field, String message) {

        public String text() {
            return place.describe(field) + ": " + message;
        }
    }
}
