package org.kbaudit.rules.facts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers the rules call to read numbers out of the text they matched. */
public final class Texts {

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern SERVICE_PACK = Pattern.compile("(?i)service\\s*pack\\s*(\\d+)");
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private Texts() {
    }

    /**
     * {@code text.matches(regex)}, with the regex compiled once: the rules' functions match every server's
     * caption and architecture against the same few expressions.
     */
    public static boolean matches(String text, String regex) {
        return PATTERNS.computeIfAbsent(regex, Pattern::compile).matcher(text).matches();
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
