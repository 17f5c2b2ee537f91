/**
 * Công khai: what the public may read without signing in — the figures and evaluations of a unit and period whose report
 * the office above approved (unless that office withholds it), and the approved report itself, and nothing else. Reading
 * follows the report's state at the moment: a reopened report is withdrawn at once, until it is approved again.
 */
@ApplicationModule(
        displayName = "Công khai",
        allowedDependencies = {
            "area",
            "indicator",
            "account",
            "plan",
            "data",
            "cycle",
            "evaluation",
            "document",
            "shared :: files",
            "shared :: web"
        })
package vn.ktxh.publication;

import org.springframework.modulith.ApplicationModule;
