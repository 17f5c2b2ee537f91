/**
 * Đọc văn bản: turns a plan or report (.txt, .docx, .pdf with text) into indicator statements — a value with its
 * unit, comparator, kind, period and the % of plan or change that qualify it — under the labelling rules of the
 * extraction benchmark, proposes for each the catalogue indicator and KTXH's period and form, and records the
 * statements a user accepts as targets of a plan or as figures. Plain Java rules; the doors are
 * {@link Extractions} and the command line {@link ExtractionCommands} (scored by
 * the separate tool {@code vn.ktxh.scoring}).
 */
@ApplicationModule(
        displayName = "Đọc văn bản",
        allowedDependencies = {"indicator", "area", "plan", "data", "account"})
package vn.ktxh.extraction;

import org.springframework.modulith.ApplicationModule;
