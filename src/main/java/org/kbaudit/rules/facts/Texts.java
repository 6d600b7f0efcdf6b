package org.kbaudit.rules.facts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers the rules call to read numbers out of the text they matched. */
public final class Texts {

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern SERVICE_PACK = Pattern.compile("(?i)service\\s*pack\\s*(\\d{1,2})(?!\\d)");
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private Texts() {
    }

    /**
     * Whether the whole text matches the regex, as DRL's {@code matches} operator: never for no text. Unlike
     * the operator, which compiles its regex again for every fact it tests, the regex is compiled once; the
     * rules test every server's caption, version, architecture and service pack against the same few.
     */
    public static boolean matches(String text, String regex) {
        return text != null && PATTERNS.computeIfAbsent(regex, Pattern::compile).matcher(text).matches();
    }

    /** The first whole number in the text ({@code "Service Pack 2"} gives 2). */
    public static int firstNumber(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("no number in '" + text + "'");
        }
        return Integer.parseInt(m.group());
    }

    /** The number after "Service Pack" (English, German, French, Spanish systeminfo all write it so). */
    public static int servicePackIn(String text) {
        Matcher m = SERVICE_PACK.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("no service pack in '" + text + "'");
        }
        return Integer.parseInt(m.group(1));
    }
}
