/**
 * Nhật ký thay đổi: every change of figures (values, sources and notes), targets, capital plans and disbursement, and report texts and every move of a
 * report, for a unit and its units, as one log.
 */
@ApplicationModule(
        displayName = "Nhật ký",
        allowedDependencies = {
            "area",
            "indicator",
            "account",
            "data",
            "plan",
            "cycle",
            "document",
            "investment",
            "shared :: files"
        })
package vn.ktxh.audit;

import org.springframework.modulith.ApplicationModule;
