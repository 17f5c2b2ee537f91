/**
 * Trao đổi số liệu: the Excel template of an area and a period, and the upload of a filled template, a CSV file or a
 * DHIS2 data value set ({@code dhis2/}), checked whole, shown as a preview of what will change, then stored all
 * together through the data module.
 *
 * <p>Choices: sheets other than "Số liệu" (hidden or not) are ignored with a warning naming them, while "Số liệu"
 * hidden is refused; formulas and error values are refused where they stand; an upload holds at most 200.000 rows
 * and 20 MB; an empty input cell keeps the stored figure (an upload never deletes); previews wait in
 * {@code exchange_upload} for 24 hours, commit once, by their uploader, and are refused if a figure changed meanwhile.
 */
@ApplicationModule(
        displayName = "Trao đổi số liệu (Excel, CSV)",
        allowedDependencies = {
            "area",
            "indicator",
            "plan",
            "data",
            "cycle",
            "account",
            "shared :: files",
            "shared :: web"
        })
package vn.ktxh.exchange;

import org.springframework.modulith.ApplicationModule;
