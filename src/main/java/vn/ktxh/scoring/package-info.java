/**
 * Chấm điểm bộ đọc văn bản: a developer's tool, not part of the application's work. {@link ScoreCommand}
 * ({@code extract-score}) runs the extractor over the benchmark's documents and scores it against their hand labels as
 * the reference score.py does.
 */
@ApplicationModule(
        displayName = "Chấm điểm bộ đọc văn bản",
        allowedDependencies = {"extraction"})
package vn.ktxh.scoring;

import org.springframework.modulith.ApplicationModule;
