/** Chỉ tiêu: the catalogue of indicators — unit, sector, which way is better, how it adds up over units. */
@ApplicationModule(
        displayName = "Chỉ tiêu",
        allowedDependencies = {"shared :: web"})
package vn.ktxh.indicator;

import org.springframework.modulith.ApplicationModule;
