package vn.ktxh.task;

/** A file attached to a progress report (its content is read separately). */
public record Attachment(long id, long progressId, String name, String contentType, long size) {

    public static final long MAX_SIZE = 10L * 1024 * 1024;
}
