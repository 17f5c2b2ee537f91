/** Kế hoạch: plans set by a document, targets in every form the documents use, adjustments, the cascade to communes. */
@ApplicationModule(
        displayName = "Kế hoạch",
        allowedDependencies = {"area", "indicator", "account"})
package vn.ktxh.plan;

import org.springframework.modulith.ApplicationModule;
