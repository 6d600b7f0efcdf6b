package org.kbaudit.rules.facts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers the rules call to read numbers out of the text they matched. */
public final class Texts {

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern SERVICE_PACK = Pattern.compile("(?i)(?:service\\s*pack|\\bsp)\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern NT_VERSION = Pattern.compile("(?i)\\bwindows\\s*nt\\s*(\\d{1,3}\\.\\d{1,3}(?:\\.\\d{1,6})?)(?![0-9])");
    private static final Map<String, Regex> PATTERNS = new ConcurrentHashMap<>();

    private Texts() {
    }

    /**
     * Whether the whole text matches the regex, as DRL's {@code matches} operator: never for no text. Unlike
     * the operator, which compiles its regex again for every fact it tests, the regex is compiled once; the
     * rules test every server's caption, version, architecture and service pack against the same few, and a
     * fleet has few distinct such texts, so the answers are kept too (see {@link Regex}).
     */
    public static boolean matches(String text, String regex) {
        return text != null && PATTERNS.computeIfAbsent(regex, Regex::new).matches(text);
    }

    /**
     * A compiled regex and its answers for the texts it was asked about: a fleet's captions, versions,
     * architectures and service packs repeat, and matching them (the rules' regexes start with {@code .*})
     * costs far more than looking the answer up. Memory is bounded: at most {@value #ANSWERS} answers a regex,
     * for texts of at most {@value #ANSWERED_LENGTH} characters; anything else is matched every time.
     */
    private static final class Regex {
        static final int ANSWERS = 1_024;
        static final int ANSWERED_LENGTH = 200;

        private final Pattern pattern;
        private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

        Regex(String regex) {
            this.pattern = Pattern.compile(regex);
        }

        boolean matches(String text) {
            Boolean known = answers.get(text);
            if (known != null) {
                return known;
            }
            boolean answer = pattern.matcher(text).matches();
            if (text.length() <= ANSWERED_LENGTH && answers.size() < ANSWERS) {
                answers.put(text, answer);
            }
            return answer;
        }
    }

    /** The first whole number in the text ({@code "Service Pack 2"} gives 2). */
    public static int firstNumber(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("no number in '" + text + "'");
        }
        return Integer.parseInt(m.group());
    }

    /**
     * The version number a caption gives after "Windows NT" ({@code "Microsoft Windows NT 5.2.3790 Service Pack 2"},
     * as .NET's {@code Environment.OSVersion} writes it, gives {@code 5.2.3790}), or {@code null} when it gives none
     * ({@code "Windows NT 4.0 Server"} gives {@code 4.0}; {@code "Windows NT Server 4.0"} none).
     */
    public static String ntVersionIn(String caption) {
        if (caption == null) {
            return null;
        }
        Matcher m = NT_VERSION.matcher(caption);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The number after "Service Pack" (English, German, French, Spanish systeminfo all write it so) or after the
     * short "SP" at the start of a word ({@code "Windows Server 2003 Standard SP2"}).
     */
    public static int servicePackIn(String text) {
        Matcher m = SERVICE_PACK.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("no service pack in '" + text + "'");
        }
        return Integer.parseInt(m.group(1));
    }
}
