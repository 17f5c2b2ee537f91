/**
 * Số liệu: reported figures (ước thực hiện, thực hiện) of an indicator for an area and a period, every change audited.
 * Whether a report is still open is asked through {@link FigureLocks}, which the reporting cycle answers;
 * the entry form, which needs the cycle and the plan, lives in the cycle module.
 */
@ApplicationModule(
        displayName = "Số liệu",
        allowedDependencies = {"area", "indicator", "account", "shared :: files"})
package vn.ktxh.data;

import org.springframework.modulith.ApplicationModule;
