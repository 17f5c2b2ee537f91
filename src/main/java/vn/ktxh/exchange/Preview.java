package vn.ktxh.exchange;

import java.util.List;

/**
 * What an upload would change, kept under {@code token} until it is committed once or expires. Rows whose value
 * equals the stored one are only counted; warnings never block the commit.
 */
public record Preview(String token, String fileName, List<Change> changes, int unchanged, List<String> warnings) {}
