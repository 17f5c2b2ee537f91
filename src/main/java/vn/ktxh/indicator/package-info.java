/** Chỉ tiêu: the catalogue of indicators — unit, sector, which way is better, how it adds up over units. */
@org.springframework.modulith.ApplicationModule(displayName = "Chỉ tiêu", allowedDependencies = { "shared :: web" })
package vn.ktxh.indicator;
