package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Server;

class SysteminfoInventoryFormatTest {

    @TempDir
    Path dir;

    private final SysteminfoInventoryFormat format = new SysteminfoInventoryFormat();

    private static final String ENGLISH = """

            Host Name:                 CAP-WEB01
            OS Name:                   Microsoft(R) Windows(R) Server 2003, Enterprise Edition
            OS Version:                5.2.3790 Service Pack 1 Build 3790
            System Type:               X86-based PC
            Hotfix(s):                 2 Hotfix(s) Installed.
                                       [01]: KB907019 - Update
                                       [02]: Q147222
            Network Card(s):           3 NIC(s) Installed.
                                       [01]: Broadcom NetXtreme Gigabit Ethernet
                                             Connection Name: Public
                                             DHCP Enabled:    No
                                             IP address(es)
                                             [01]: 10.0.0.5
                                       [02]: Broadcom NetXtreme Gigabit Ethernet #2
                                             Connection Name: Backup
                                       [03]: Intel(R) PRO/1000 MT Network Connection
            """;

    private CollectingSink read(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        assertThat(format.recognises(file, bytes)).as("recognised").isTrue();
        CollectingSink sink = new CollectingSink();
        format.read(file, name, sink);
        return sink;
    }

    private CollectingSink read(String text, Charset charset) throws IOException {
        return read("systeminfo.txt", text.replace("\n", "\r\n").getBytes(charset));
    }

    @Test
    void cardsOfOneProductShareAnInferredDriverIgnoringTheInstanceSuffix() throws IOException {
        Server s = read(ENGLISH, StandardCharsets.US_ASCII).only();
        assertThat(s.adapters()).extracting(Adapter::name).containsExactly("Public", "Backup",
                "Intel(R) PRO/1000 MT Network Connection");
        assertThat(s.adapters()).extracting(Adapter::driver).containsExactly("Broadcom NetXtreme Gigabit Ethernet",
                "Broadcom NetXtreme Gigabit Ethernet", "Intel(R) PRO/1000 MT Network Connection");
        assertThat(s.adapters()).allMatch(Adapter::driverInferred);
        assertThat(s.adapters().get(1).description()).isEqualTo("Broadcom NetXtreme Gigabit Ethernet #2");
        assertThat(s.adapters().get(1).provenance().location()).isEqualTo("line 15");
        assertThat(s.notes()).containsExactly(SysteminfoCards.INFERRED_DRIVERS);
        assertThat(s.hotfixes().complete()).isTrue();
        assertThat(s.hotfixes().mentions(907019)).isTrue();
        assertThat(s.servicePack()).isEqualTo("SP1");
    }

    @Test
    void notApplicableMeansKnownToBeNone() throws IOException {
        Server s = read("""
                Host Name:                 CAP-BARE
                OS Name:                   Microsoft(R) Windows(R) Server 2003, Standard Edition
                OS Version:                5.2.3790 Build 3790
                System Type:               X86-based PC
                Hotfix(s):                 N/A
                Network Card(s):           N/A
                """, StandardCharsets.US_ASCII).only();
        assertThat(s.hotfixes().entries()).isEmpty();
        assertThat(s.hotfixes().complete()).isTrue();
        assertThat(s.adapters()).isEmpty();
        assertThat(s.notes()).isEmpty();
        assertThat(s.servicePack()).isEqualTo("RTM");
    }

    @Test
    void aPreReleaseServicePackIsNotTheReleaseLevel() throws IOException {
        Server s = read(ENGLISH.replace("5.2.3790 Service Pack 1 Build 3790", "5.2.3790 Service Pack 2, v.2805 Build 3790"),
                StandardCharsets.US_ASCII).only();
        assertThat(s.osVersion()).isEqualTo("5.2.3790 Service Pack 2, v.2805 Build 3790");
        assertThat(s.servicePack()).isNull();
    }

    @Test
    void missingSectionsAreUnknown() throws IOException {
        Server s = read("""
                Host Name:                 CAP-SHORT
                OS Name:                   Microsoft(R) Windows(R) Server 2003, Standard Edition
                """, StandardCharsets.US_ASCII).only();
        assertThat(s.hotfixes()).isNull();
        assertThat(s.adapters()).isNull();
        assertThat(s.osVersion()).isNull();
        assertThat(s.servicePack()).isNull();
    }

    @Test
    void aListShorterThanItsCountIsIncomplete() throws IOException {
        Server s = read(ENGLISH.replace("2 Hotfix(s)", "5 Hotfix(s)"), StandardCharsets.US_ASCII).only();
        assertThat(s.hotfixes().complete()).isFalse();
        assertThat(s.hotfixes().incompleteBecause()).contains("5");
    }

    @Test
    void aCardListShorterThanItsCountIsIncompleteAndSaysSo() throws IOException {
        Server cut = read(ENGLISH.replace("3 NIC(s)", "4 NIC(s)"), StandardCharsets.US_ASCII).only();
        Server whole = read(ENGLISH, StandardCharsets.US_ASCII).only();

        assertThat(cut.adaptersIncomplete()).isTrue();
        assertThat(cut.adapters()).hasSize(3);
        assertThat(cut.notes()).contains("systeminfo announces 4 network cards but lists 3");
        assertThat(whole.adaptersIncomplete()).isFalse();
    }

    @Test
    void aCountTooLargeForANumberIsNoCountAndTheRestOfTheFileIsRead() throws IOException {
        String huge = ENGLISH.replace("2 Hotfix(s) Installed.", "99999999999 Hotfix(s) Installed.");
        CollectingSink sink = read(huge + ENGLISH.replace("CAP-WEB01", "CAP-WEB02"), StandardCharsets.US_ASCII);
        assertThat(sink.rejections).isEmpty();
        assertThat(sink.servers).extracting(Server::host).containsExactly("CAP-WEB01", "CAP-WEB02");
        assertThat(sink.host("CAP-WEB01").notes()).contains("Hotfix(s) at line 6 gives no count ('99999999999 Hotfix(s) Installed.')");
    }

    @Nested
    class SeveralHostsInOneFile {
        @Test
        void eachBlockIsAServerWithItsOwnLine() throws IOException {
            String second = ENGLISH.replace("CAP-WEB01", "CAP-WEB02").replace("Service Pack 1 ", "");
            CollectingSink sink = read(ENGLISH + second, StandardCharsets.US_ASCII);
            assertThat(sink.rejections).isEmpty();
            assertThat(sink.servers).extracting(Server::host).containsExactly("CAP-WEB01", "CAP-WEB02");
            assertThat(sink.servers).extracting(s -> s.provenance().location()).containsExactly("line 2", "line 19");
            assertThat(sink.host("CAP-WEB02").servicePack()).isEqualTo("RTM");
            assertThat(sink.host("CAP-WEB02").adapters()).hasSize(3);
        }

        @Test
        void aBlockWithoutAHostNameIsRejected() throws IOException {
            CollectingSink sink = read(ENGLISH.replace("CAP-WEB01", "") + ENGLISH, StandardCharsets.US_ASCII);
            assertThat(sink.servers).extracting(Server::host).containsExactly("CAP-WEB01");
            assertThat(sink.rejections).singleElement().satisfies(r -> {
                assertThat(r.location()).isEqualTo("line 2");
                assertThat(r.reason()).contains("no host name");
            });
        }
    }

    @Nested
    class Encodings {
        private static final String FRENCH = """

                Nom de l'hôte:                              CAP-PARIS
                Nom du système d'exploitation:              Microsoft(R) Windows(R) Server 2003, Standard Edition
                Version du système:                         5.2.3790 Service Pack 2 version 3790
                Type du système:                            X86-based PC
                Domaine:                                    WORKGROUP
                Correctif(s):                               1 Corrections installées.
                                                            [01]: KB907019
                Carte(s) réseau:                            1 carte(s) réseau installée(s).
                                                            [01]: Connexion réseau Intel(R) PRO/1000 MT
                                                                  Nom de la connexion\u00a0: Connexion au réseau local
                """;

        private static final String GERMAN = """

                Hostname:                                      CAP-BERLIN
                Betriebssystemname:                            Microsoft(R) Windows(R) Server 2003, Standard Edition
                Betriebssystemversion:                         5.2.3790 Service Pack 2 Build 3790
                Systemtyp:                                     X86-based PC
                Domäne:                                        WORKGROUP
                Hotfix(es):                                    1 Hotfix(e) installiert.
                                                               [01]: KB907019
                Netzwerkkarte(n):                              1 Netzwerkadapter installiert.
                                                               [01]: Intel(R) PRO/1000 MT-Netzwerkverbindung
                                                                     Verbindungsname: LAN-Verbindung
                """;

        private void assertFrench(Server s) {
            assertThat(s.host()).isEqualTo("CAP-PARIS");
            assertThat(s.servicePack()).isEqualTo("SP2");
            assertThat(s.architecture()).isEqualTo("X86-based PC");
            assertThat(s.hotfixes().entries()).containsExactly("KB907019");
            assertThat(s.adapters()).extracting(Adapter::name).containsExactly("Connexion au réseau local");
        }

        @Test
        void frenchInTheCmdCodePage850() throws IOException {
            assertFrench(read(FRENCH, Charset.forName("IBM850")).only());
        }

        @Test
        void frenchInWindows1252() throws IOException {
            assertFrench(read(FRENCH, Charset.forName("windows-1252")).only());
        }

        @Test
        void frenchInUtf16WithAByteOrderMark() throws IOException {
            byte[] text = FRENCH.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE);
            byte[] withBom = new byte[text.length + 2];
            withBom[0] = (byte) 0xFF;
            withBom[1] = (byte) 0xFE;
            System.arraycopy(text, 0, withBom, 2, text.length);
            assertFrench(read("ps.txt", withBom).only());
        }

        @Test
        void frenchInUtf8() throws IOException {
            assertFrench(read(FRENCH, StandardCharsets.UTF_8).only());
        }

        @Test
        void germanInTheCmdCodePageAndInWindows1252() throws IOException {
            for (Charset charset : new Charset[] {Charset.forName("IBM850"), Charset.forName("windows-1252")}) {
                Server s = read(GERMAN, charset).only();
                assertThat(s.host()).isEqualTo("CAP-BERLIN");
                assertThat(s.adapters()).extracting(Adapter::name).containsExactly("LAN-Verbindung");
                assertThat(s.hotfixes().entries()).containsExactly("KB907019");
            }
        }
    }

    @Test
    void otherTextIsNotRecognised() {
        byte[] readme = "Hostname: is a field of the inventory\nsee the manual\n".getBytes(StandardCharsets.UTF_8);
        assertThat(format.recognises(dir.resolve("notes.txt"), readme)).isFalse();
        assertThat(format.recognises(dir.resolve("empty.txt"), new byte[0])).isFalse();
    }
}
