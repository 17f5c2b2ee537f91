package vn.ktxh.document;

/** A piece of the body of a document, in reading order. */
public sealed interface Block {

    /**
     * A heading: level 1 is a centred part title ("Phần thứ nhất"), 2 a section ("I. ..."), 3 a subsection
     * ("1. ..."), 4 an item printed bold italic ("1.1. ...").
     */
    record Heading(int level, String text) implements Block {}

    /** A justified paragraph with its first line indented, as the body text of an administrative document. */
    record Paragraph(String text) implements Block {}

    /** A centred line in italics, such as the note under the title "(Trình kỳ họp thứ ...)". */
    record Note(String text) implements Block {}
}
