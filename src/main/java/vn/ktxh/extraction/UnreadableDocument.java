package vn.ktxh.extraction;

import vn.ktxh.shared.RejectedInput;

/** A file the extractor cannot read as text: a scanned PDF, a damaged .docx, an unknown format. The message says what to do. */
public class UnreadableDocument extends RejectedInput {

    public UnreadableDocument(String message) {
        super("document", message);
    }
}
