package org.kbaudit.report;

import java.util.ArrayList;
import java.util.List;

import org.kbaudit.domain.Action;
import org.kbaudit.domain.KbArticle;
import org.kbaudit.domain.Status;

/**
 * The steps of a patch-plan wave, derived from the remediation and the article (VERDICTS.md 5): a
 * service pack install restarts; the hotfix needs a restart ("You must restart your computer after you
 * apply this hotfix"); the files to verify afterwards are the platform's manifest entries.
 */
final class PatchSteps {

    /** What a wave does: one of the {@link Action}s, or one of the two kinds below. */
    static final String COLLECT = "COLLECT_DATA";
    static final String DECIDE = "REVIEW";

    /** One step; {@code restart} steps are what a wave costs in restarts per server. */
    record Step(String text, boolean restart) {
    }

    private PatchSteps() {
    }

    /**
     * The wave a finding belongs to, {@code null} when it needs nothing (PROTECTED, NOT_APPLICABLE). An UNKNOWN
     * server whose fix is known to be absent (its adapters are what is unknown) needs its remediation whatever
     * the data to collect shows, so it goes to that remediation's wave, and its row names the data too.
     */
    static String kindOf(Status status, Action recommended) {
        return switch (status) {
            case PROTECTED, NOT_APPLICABLE -> null;
            case UNKNOWN -> recommended == null ? COLLECT : recommended.name();
            case EXPOSED, VULNERABLE -> recommended == null ? DECIDE : recommended.name();
        };
    }

    static String label(String kind, KbArticle kb, Integer minimumServicePack) {
        return switch (kind) {
            case COLLECT -> "Collect the missing data";
            case DECIDE -> "Review: no remediation could be decided";
            default -> switch (Action.valueOf(kind)) {
                case INSTALL_SP2 -> "Install service pack " + kb.servicePackWithFix();
                case INSTALL_HOTFIX -> "Install the " + kb.id() + " hotfix";
                case INSTALL_SP1_THEN_HOTFIX -> "Install service pack " + spFor(kb, minimumServicePack)
                        + ", then the " + kb.id() + " hotfix";
                case RESTART -> "Restart to put the installed fix in effect";
            };
        };
    }

    /**
     * The steps in order.
     *
     * @param minimumServicePack the hotfix's prerequisite on the wave's platforms ({@code null}: the article's highest)
     * @param restartRequired    whether the remediation says the fix needs a restart
     */
    static List<Step> steps(String kind, KbArticle kb, Integer minimumServicePack, boolean restartRequired) {
        List<Step> steps = new ArrayList<>();
        switch (kind) {
            case COLLECT -> {
                steps.add(new Step("Collect the data listed for each server below", false));
                steps.add(new Step("Run the audit again", false));
                return steps;
            }
            case DECIDE -> {
                steps.add(new Step("Review each finding below: the data decides no remediation", false));
                return steps;
            }
            default -> {
                Action action = Action.valueOf(kind);
                switch (action) {
                    case INSTALL_SP2 -> servicePack(steps, kb.servicePackWithFix());
                    case INSTALL_SP1_THEN_HOTFIX -> {
                        servicePack(steps, spFor(kb, minimumServicePack));
                        hotfix(steps, kb, restartRequired);
                    }
                    case INSTALL_HOTFIX -> hotfix(steps, kb, restartRequired);
                    case RESTART -> steps.add(new Step("Restart the server", true));
                }
                steps.add(new Step("Verify each file below is version " + kb.fixedVersion()
                        + " or later (the size holds for exactly that version)", false));
                return steps;
            }
        }
    }

    static int restarts(List<Step> steps) {
        return (int) steps.stream().filter(Step::restart).count();
    }

    private static void servicePack(List<Step> steps, int sp) {
        steps.add(new Step("Install Windows Server 2003 service pack " + sp, false));
        steps.add(new Step("Restart the server (the service pack installation restarts it)", true));
    }

    private static void hotfix(List<Step> steps, KbArticle kb, boolean restartRequired) {
        steps.add(new Step("Install the " + kb.id() + " hotfix" + (kb.replacesOtherHotfixes() ? ""
                : " (it replaces no other hotfix: leave the installed ones in place)"), false));
        if (restartRequired) {
            steps.add(new Step("Restart the server (the hotfix is not in effect before)", true));
        }
    }

    private static int spFor(KbArticle kb, Integer minimumServicePack) {
        return minimumServicePack != null ? minimumServicePack
                : kb.minimumServicePackForHotfix().values().stream().mapToInt(Integer::intValue).max().orElse(1);
    }
}
