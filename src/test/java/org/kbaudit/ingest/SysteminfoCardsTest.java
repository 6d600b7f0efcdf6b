package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Server;

/** A {@code Network Card(s)} cell of {@code systeminfo /FO CSV}: the card list of the text, its lines joined by commas. */
class SysteminfoCardsTest {

    private static final Provenance CELL = new Provenance("si.csv", "line 2 (Network Card(s))");

    /** Two cards of one product, the first with its IP addresses numbered under it, as systeminfo writes them. */
    private static final String TWO_OF_ONE_PRODUCT = "2 NIC(s) Installed.,[01]: HP NC7782 Gigabit Server Adapter,"
            + "      Connection Name: Local Area Connection,      DHCP Enabled:    No,      IP address(es),"
            + "      [01]: 10.0.0.5,      [02]: fe80::3591:8ee4:d1a2:a74f,[02]: HP NC7782 Gigabit Server Adapter #2,"
            + "      Connection Name: Local Area Connection 2,      DHCP Enabled:    No";

    private static SysteminfoCards.Cards cell(String text) {
        return SysteminfoCards.ofCell(text, CELL);
    }

    @Test
    void cardsAreNamedByTheirConnectionAndShareTheDriverOfTheirProductButNotTheirIpAddresses() {
        SysteminfoCards.Cards cards = cell(TWO_OF_ONE_PRODUCT);

        assertThat(cards.adapters()).extracting(Adapter::name)
                .containsExactly("Local Area Connection", "Local Area Connection 2");
        assertThat(cards.adapters()).extracting(Adapter::description)
                .containsExactly("HP NC7782 Gigabit Server Adapter", "HP NC7782 Gigabit Server Adapter #2");
        assertThat(cards.adapters()).extracting(Adapter::driver).containsOnly("HP NC7782 Gigabit Server Adapter");
        assertThat(cards.adapters()).allMatch(Adapter::driverInferred).allMatch(a -> a.vlans().isEmpty());
        assertThat(cards.adapters()).extracting(a -> a.provenance().toString()).containsExactly(
                "si.csv line 2 (Network Card(s)), card [01]", "si.csv line 2 (Network Card(s)), card [02]");
        assertThat(cards.incomplete()).isFalse();
        assertThat(cards.notes()).containsExactly(SysteminfoCards.INFERRED_DRIVERS);
    }

    @Test
    void aDisconnectedCardWithoutAConnectionNameIsNamedByItsProduct() {
        SysteminfoCards.Cards cards = cell("2 NIC(s) Installed.,[01]: Intel(R) PRO/1000 MT Network Connection,"
                + "      Connection Name: Local Area Connection,      Status:          Media disconnected,"
                + "[02]: Broadcom NetXtreme Gigabit Ethernet");
        assertThat(cards.adapters()).extracting(Adapter::name)
                .containsExactly("Local Area Connection", "Broadcom NetXtreme Gigabit Ethernet");
        assertThat(cards.adapters()).extracting(Adapter::driver)
                .containsExactly("Intel(R) PRO/1000 MT Network Connection", "Broadcom NetXtreme Gigabit Ethernet");
    }

    @Test
    void notApplicableInAnyLanguageIsKnownToBeNone() {
        for (String none : List.of("N/A", "Nicht zutreffend", "N/D")) {
            SysteminfoCards.Cards cards = cell(none);
            assertThat(cards.adapters()).as(none).isEmpty();
            assertThat(cards.incomplete()).isFalse();
            assertThat(cards.notes()).isEmpty();
        }
    }

    @Test
    void aListCutShortOfItsCountIsIncompleteAndSaysSo() {
        SysteminfoCards.Cards cards = cell(TWO_OF_ONE_PRODUCT.replace("2 NIC(s)", "3 NIC(s)"));
        assertThat(cards.adapters()).hasSize(2);
        assertThat(cards.incomplete()).isTrue();
        assertThat(cards.notes()).containsExactly("systeminfo announces 3 network cards but lists 2",
                SysteminfoCards.INFERRED_DRIVERS);
    }

    @Test
    void aListLongerThanItsCountSaysSoForLinesUnderACardMayHaveLostTheirIndentation() {
        SysteminfoCards.Cards cards = cell(TWO_OF_ONE_PRODUCT.replace("      [01]: 10.0.0.5", "[01]: 10.0.0.5"));
        assertThat(cards.adapters()).hasSize(3);
        assertThat(cards.incomplete()).isFalse();
        assertThat(cards.notes()).first().asString().startsWith("systeminfo announces 2 network cards but lists 3:")
                .contains("lost their indentation");
        assertThat(cell(TWO_OF_ONE_PRODUCT).notes()).containsExactly(SysteminfoCards.INFERRED_DRIVERS);
    }

    @Test
    void aCommaInsideAConnectionNameOrProductNameStaysInIt() {
        SysteminfoCards.Cards cards = cell("2 NIC(s) Installed.,[01]: Broadcom NetXtreme, rev 2,"
                + "      Connection Name: Team,port A,[02]: Broadcom NetXtreme, rev 2 #2,      Connection Name: Team, port B");
        assertThat(cards.adapters()).extracting(Adapter::name).containsExactly("Team,port A", "Team, port B");
        assertThat(cards.adapters()).extracting(Adapter::driver).containsOnly("Broadcom NetXtreme, rev 2");
    }

    @Test
    void aCellWithoutItsCountReadsItsCardsAndSaysSo() {
        SysteminfoCards.Cards cards = cell("[01]: HP NC7782,      Connection Name: Public,[02]: HP NC7782 #2");
        assertThat(cards.adapters()).extracting(Adapter::name).containsExactly("Public", "HP NC7782 #2");
        assertThat(cards.incomplete()).isFalse();
        assertThat(cards.notes()).containsExactly("line 2 (Network Card(s)): the network card list gives no count",
                SysteminfoCards.INFERRED_DRIVERS);
        assertThat(cell("Two cards,[01]: HP NC7782").notes()).first()
                .isEqualTo("line 2 (Network Card(s)): the network card list gives no count ('Two cards')");
    }

    @Test
    void systeminfosLinesPastedIntoACellReadAlike() {
        SysteminfoCards.Cards cards = cell("2 NIC(s) Installed.\r\n"
                + "                           [01]: HP NC7782 Gigabit Server Adapter\r\n"
                + "                                 Connection Name: Public\r\n"
                + "                                 IP address(es)\r\n"
                + "                                 [01]: 10.0.0.5\r\n"
                + "                           [02]: HP NC7782 Gigabit Server Adapter #2\r\n"
                + "                                 Connection Name: Backup");
        assertThat(cards.adapters()).extracting(Adapter::name).containsExactly("Public", "Backup");
    }

    @Test
    void aCellThatIsNoCardListIsRefusedInOneLine() {
        assertThatThrownBy(() -> cell("HP NC7782; HP NC7782\nIntel PRO/1000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'HP NC7782; HP NC7782 Intel PRO/1000' is not systeminfo's list of network cards")
                .hasMessageContaining("N/A")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aCellOfNothingButCommasIsRefusedLikeAnyCellThatIsNoCardList() {
        for (String commas : List.of(",", ",,,", ", ,")) {
            assertThatThrownBy(() -> cell(commas)).as(commas)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not systeminfo's list of network cards");
        }
    }

    /**
     * The real captures of {@code ../shared/realworld/systeminfo/} (read in place), their card lists turned into
     * the cell {@code /FO CSV} writes: the cards read from the cell are those read from the text.
     */
    @Nested
    class TheCellOfEachRealCapture {

        private static final Path CAPTURES = Path.of("..", "shared", "realworld", "systeminfo");

        static Stream<String> captures() throws IOException {
            try (Stream<Path> files = Files.list(CAPTURES)) {
                return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("_systeminfo.txt")
                        || n.contains("_systeminfo_")).sorted().toList().stream();
            }
        }

        /** The Network Card(s) block of the text as one cell: the head, then its lines, unindented to the cards' level. */
        private static String csvCell(List<String> lines) {
            List<String> cell = new ArrayList<>();
            int indent = -1;
            for (String line : lines) {
                String spaced = SysteminfoLabels.spaces(line);
                boolean indented = !spaced.isEmpty() && Character.isWhitespace(spaced.charAt(0));
                if (!cell.isEmpty() && !indented) {
                    break;
                }
                var labelled = SysteminfoLabels.match(spaced);
                if (cell.isEmpty()) {
                    if (!indented && labelled.isPresent() && labelled.get().field() == SysteminfoLabels.Field.NETWORK_CARDS) {
                        cell.add(labelled.get().value());
                    }
                    continue;
                }
                if (indent < 0) {
                    indent = spaced.length() - spaced.stripLeading().length();
                }
                cell.add(spaced.substring(Math.min(indent, spaced.length() - spaced.stripLeading().length())));
            }
            return String.join(",", cell);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("captures")
        void givesTheCardsOfItsText(String name) throws IOException {
            Path file = CAPTURES.resolve(name);
            List<String> lines = SysteminfoText.lines(SysteminfoText.decode(Files.readAllBytes(file)));
            CollectingSink sink = new CollectingSink();
            new SysteminfoInventoryFormat().read(file, name, sink);
            Server text = sink.only();

            String cell = csvCell(lines);
            assertThat(cell).as("a card list in " + name).contains("[01]: ");
            SysteminfoCards.Cards cards = SysteminfoCards.ofCell(cell, CELL);

            assertThat(cards.adapters()).extracting(Adapter::name, Adapter::description, Adapter::driver)
                    .isEqualTo(text.adapters().stream().map(a -> org.assertj.core.groups.Tuple.tuple(a.name(),
                            a.description(), a.driver())).toList());
            assertThat(cards.incomplete()).isEqualTo(text.adaptersIncomplete());
        }
    }
}
