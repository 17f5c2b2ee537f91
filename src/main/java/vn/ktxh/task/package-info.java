/**
 * Nhiệm vụ: a plan turned into assigned work — tasks with a lead agency (cơ quan chủ trì), cooperating
 * agencies (phối hợp) and deadlines (thời hạn), progress reports by the lead agency, extensions, and the
 * statuses, overviews and reminders derived from them.
 */
@ApplicationModule(
        displayName = "Nhiệm vụ",
        allowedDependencies = {"area", "plan", "indicator", "account"})
package vn.ktxh.task;

import org.springframework.modulith.ApplicationModule;
