package vn.ktxh.publication;

import java.time.Instant;

/** The approving office's choice to publish a report on the portal or to withhold it, by whom and when. */
public record PublicationChoice(boolean published, String by, Instant at) {}
