package org.kbaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextLinesTest {

    private static final String FILE = "Netcfgx.dll 5.2.3790.2520, 781,312 bytes (x86)";

    @Test
    void aTextNarrowerThanItsColumnTakesOneLine() {
        assertThat(TextLines.lines("Install service pack 2", 24, 0)).isEqualTo(1);
        assertThat(TextLines.lines(FILE, 48, 0)).isEqualTo(1);
        assertThat(TextLines.lines("", 6, 0)).isEqualTo(1);
    }

    @Test
    void wordsGoOnTheNextLineWhenTheyDoNotFit() {
        assertThat(TextLines.lines(FILE + "; " + FILE, 48, 0)).isEqualTo(2);
        assertThat(TextLines.lines(FILE + "; " + FILE + "; " + FILE, 48, 0)).isEqualTo(3);
        assertThat(TextLines.lines("Install service pack 1, then the KB907019 hotfix", 24, 0)).isEqualTo(2);
        assertThat(TextLines.lines("Install service pack 1, then the KB907019 hotfix", 16, 0)).isEqualTo(3);
    }

    @Test
    void capitalsAreCountedWiderThanDigits() {
        assertThat(TextLines.lines("0123456789", 12, 0)).isEqualTo(1);
        assertThat(TextLines.lines("MMMMMMMMMM", 12, 0)).isEqualTo(2);
    }

    @Test
    void aLineBreakInTheTextStartsALine() {
        assertThat(TextLines.lines("a\nb\n\nc", 20, 0)).isEqualTo(4);
    }

    @Test
    void aWordLongerThanTheColumnIsBrokenOnLinesOfItsOwn() {
        // seven digits to a line
        assertThat(TextLines.lines("1234567890123456789", 8, 0)).isEqualTo(3);
        assertThat(TextLines.lines("at 1234567890123456789", 8, 0)).isEqualTo(4);
    }

    @Test
    void breakingAfterAHyphenIsCountedTooWhenItTakesMoreLines() {
        // at spaces only, the name is cut between characters into two lines; after its hyphens, into three
        assertThat(TextLines.lines("11111111-22222222-33", 11, 0)).isEqualTo(3);
    }

    @Test
    void roomKeptFreeNarrowsTheLine() {
        assertThat(TextLines.lines("Restarts per server", 19, 0)).isEqualTo(1);
        assertThat(TextLines.lines("Restarts per server", 19, 2)).isEqualTo(2);
        assertThat(TextLines.lines("Restarts per server", 12, 2)).isEqualTo(2);
    }

    @Test
    void aColumnOfATextsOwnWidthShowsItOnOneLine() {
        assertThat(TextLines.columnWidth("0123456789")).isEqualTo(11);
        for (String text : List.of(FILE, "SRV-FRANKFURT-0001699", "NOT_APPLICABLE", "Wöchentlich, Sa 22:00")) {
            assertThat(TextLines.lines(text, TextLines.columnWidth(text), 0)).as(text).isEqualTo(1);
            assertThat(TextLines.lines(text, TextLines.columnWidth(text) - 1, 0)).as(text).isEqualTo(2);
        }
        assertThat(TextLines.columnWidth("short\n0123456789")).isEqualTo(11);
    }

    @Test
    void aCarriageReturnAloneEndsALineAsLibreOfficeShowsItAndBeforeALineFeedOnlyOnce() {
        assertThat(TextLines.lines("line 1\r\nline 2\rline 3", 20, 0)).isEqualTo(3);
        assertThat(TextLines.lines("Göteborg\r\nMölndal\rBorås → Alingsås", 40, 0)).isEqualTo(3);
        assertThat(TextLines.hasLineEnd("a\rb")).isTrue();
    }

    @Test
    void lettersAndSignsOutsideAsciiAreNeverCountedNarrowerThanArialDrawsThem() {
        // Liberation Sans: Æ, Œ, the em dash and the ellipsis are one em, 18 tenths of its digit; bold Ю 19
        assertThat(TextLines.lines("Æ".repeat(20), 31, 0)).isEqualTo(2);
        assertThat(TextLines.lines("Œ".repeat(20), 31, 0)).isEqualTo(2);
        assertThat(TextLines.lines("—".repeat(20), 31, 0)).isEqualTo(2);
        assertThat(TextLines.lines("…".repeat(20), 31, 0)).isEqualTo(2);
        assertThat(TextLines.lines("Ю".repeat(20), 31, 0)).isEqualTo(2);
        // a check mark or a star drawn from a colour emoji font: a quarter more than an em
        assertThat(TextLines.lines("✅".repeat(13), 31, 0)).isEqualTo(2);
        assertThat(TextLines.surelyFits(13, 31)).isFalse();
    }

    @Test
    void anAccentedLetterIsAsWideAsItsLetter() {
        assertThat(TextLines.columnWidth("Équipe réseau Île-de-France"))
                .isEqualTo(TextLines.columnWidth("Equipe reseau Ile-de-France"));
        assertThat(TextLines.columnWidth("Ångström, Škoda, Kraków")).isEqualTo(TextLines.columnWidth("Angstrom, Skoda, Krakow"));
    }
}
