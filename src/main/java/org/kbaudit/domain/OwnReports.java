package org.kbaudit.domain;

import java.util.List;

/**
 * What kbaudit's own reports look like, shared by the writers that make them and the loaders that must
 * recognise one found among the inputs and not read it as a fleet: the CSV report's header row and the
 * workbook's sheets.
 */
public final class OwnReports {

    /** Why a report among the inputs is not read: the same words for every format. */
    public static final String NOT_AN_INVENTORY = "this is a kbaudit report, not an inventory; not read";

    /** The columns of the Findings table, in the workbook and as the CSV report's header row. */
    public static final List<String> FINDINGS_HEADERS = List.of(
            "Host", "Status", "Priority", "Platform", "Service pack", "Exposures", "At-risk adapters",
            "At-risk VLANs", "Fix present", "Fix evidence", "Recommended action", "Options",
            "Minimum SP for hotfix", "Restart required", "Files to deploy", "Simulation confirmed",
            "Collateral halts", "Silent VLANs", "Missing", "If unpatched", "Warnings", "Rules fired",
            "Site", "Criticality", "Maintenance window", "Owner", "Source");

    public static final String SUMMARY = "Summary";
    public static final String FINDINGS = "Findings";
    public static final String ADAPTERS = "Adapters";
    public static final String PATCH_PLAN = "Patch plan";
    public static final String HOTFIX_FILES = "Hotfix files";
    public static final String DATA_QUALITY = "Data quality";

    /** The sheets every kbaudit workbook has (continuation sheets such as "Findings (2)" come besides). */
    public static final List<String> WORKBOOK_SHEETS =
            List.of(SUMMARY, FINDINGS, ADAPTERS, PATCH_PLAN, HOTFIX_FILES, DATA_QUALITY);

    private OwnReports() {
    }

    /** Whether a CSV file's first line (without its byte-order mark and line end) is the CSV report's header row. */
    public static boolean isCsvReportHeader(String firstLine) {
        return firstLine.equals(String.join(",", FINDINGS_HEADERS));
    }

    /** Whether a workbook with these sheets is a kbaudit workbook. */
    public static boolean isWorkbookReport(List<String> sheetNames) {
        return sheetNames.containsAll(WORKBOOK_SHEETS);
    }
}
