/** Kế hoạch: plans set by a document, targets in every form the documents use, adjustments, the cascade to communes. */
@org.springframework.modulith.ApplicationModule(displayName = "Kế hoạch", allowedDependencies = { "area", "indicator" })
package vn.ktxh.plan;
