package vn.ktxh.document;

/** Prints the model of a document in one format. */
public interface DocumentRenderer {

    ReportFormat format();

    byte[] render(OfficialDocument document);
}
