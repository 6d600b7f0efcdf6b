package org.kbaudit.cli;

/** The entry point of {@code java -jar kbaudit.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int exit;
        try {
            exit = KbauditCommand.commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            System.err.printf("kbaudit: out of memory with a heap of %d MB; no report was written. Run again with"
                    + " more: KBAUDIT_HEAP=2g target/kbaudit ..., or java -Xmx2g -jar target/kbaudit.jar ...%n",
                    Runtime.getRuntime().maxMemory() >> 20);
            exit = ExitCodes.NOTHING_AUDITED;
        }
        System.exit(exit);
    }
}
