package org.kbaudit.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Texts#matches} answers as the regex does, the first time and every time after (its answers are kept). */
class TextsMatchesProperties {

    private static final String[] REGEXES = {
        "(?is).*server\\s*2003.*", "(?i).*(x64|amd64|em64t|x86[-_]64).*", "(?i)\\s*64[- ]?bit\\s*",
        "(?is).*service\\s*pack\\s*\\d{1,2}(?!\\d).*", "(?i)\\s*(rtm|none|n/a|no\\s*service\\s*pack)\\s*",
    };

    @Property(tries = 2000)
    void answers_as_the_regex_does_however_often_asked(@ForAll("texts") String text, @ForAll("regexes") String regex) {
        boolean expected = Pattern.compile(regex).matcher(text).matches();

        assertThat(Texts.matches(text, regex)).isEqualTo(expected);
        assertThat(Texts.matches(new String(text.toCharArray()), regex)).as("asked again").isEqualTo(expected);
    }

    @Example
    void no_text_never_matches() {
        assertThat(Texts.matches(null, ".*")).isFalse();
    }

    @Provide
    Arbitrary<String> regexes() {
        return Arbitraries.of(REGEXES);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.of("Windows", "Server", "2003", "server2003", " x64", "AMD64", "64-bit",
                "64 BIT", "Service Pack 2", "service pack 123", "RTM", "none", " ", "\n", "Edition", "IA64", "é", "\u0130");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, words.list().ofMaxSize(6).map(w -> String.join("", w))),
                // longer than the texts whose answers are kept: matched every time
                net.jqwik.api.Tuple.of(1, words.list().ofMinSize(40).ofMaxSize(60).map(w -> String.join(" ", w))));
    }
}
