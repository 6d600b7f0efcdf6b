package org.kbaudit.cli;

/** The entry point of {@code java -jar kbaudit.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(KbauditCommand.commandLine().execute(args));
    }
}
