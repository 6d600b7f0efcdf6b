package org.kbaudit.domain;

/** The user's choices that change verdicts or advice (REPORTS.md: --prefer, --scope). */
public record Policy(Prefer prefer, Scope scope) {

    public static final Policy DEFAULT = new Policy(Prefer.SERVICE_PACK, Scope.SAME_DRIVER);

    /** Which remediation to recommend when several are possible. */
    public enum Prefer {
        /** The article's order: obtain the latest service pack. */
        SERVICE_PACK("service-pack"),
        /** The smallest change whose prerequisite is met. */
        HOTFIX("hotfix");

        private final String label;

        Prefer(String label) { this.label = label; }

        public String label() { return label; }
    }

    /** Which adapters a halt reaches. */
    public enum Scope {
        /** The Symptoms: adapters that share the miniport driver (default). */
        SAME_DRIVER("same-driver"),
        /** The Cause, read literally: every adapter of the server (conservative). */
        ALL_ADAPTERS("all-adapters");

        private final String label;

        Scope(String label) { this.label = label; }

        public String label() { return label; }
    }
}
