package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Server;

/**
 * The real systeminfo captures of {@code ../shared/realworld/systeminfo/} (read in place, never copied):
 * every one loads, with the values read off the files by eye.
 */
class RealSysteminfoCapturesTest {

    private static final Path CAPTURES = Path.of("..", "shared", "realworld", "systeminfo");

    private final SysteminfoInventoryFormat format = new SysteminfoInventoryFormat();

    private Server load(String name) throws IOException {
        Path file = CAPTURES.resolve(name);
        byte[] head = Files.readAllBytes(file);
        assertThat(format.recognises(file, java.util.Arrays.copyOf(head, Math.min(head.length, 4096))))
                .as("recognised: %s", name).isTrue();
        CollectingSink sink = new CollectingSink();
        format.read(file, name, sink);
        return sink.only();
    }

    private static List<String> names(Server server) {
        return server.adapters().stream().map(Adapter::name).toList();
    }

    @Test
    void server2003RtmX86WithFilePlaceholders() throws IOException {
        Server s = load("srv_2003_rtm_x86_standard_en-us_systeminfo.txt");
        assertThat(s.host()).isEqualTo("WINSRV2K3SP0X86");
        assertThat(s.os()).isEqualTo("Microsoft(R) Windows(R) Server 2003, Standard Edition");
        assertThat(s.osVersion()).isEqualTo("5.2.3790 Build 3790");
        assertThat(s.servicePack()).isEqualTo("RTM");
        assertThat(s.architecture()).isEqualTo("X86-based PC");
        assertThat(s.hotfixes().entries()).containsExactly("File 1", "Q147222", "KB893803v2 - Update");
        assertThat(s.hotfixes().complete()).isFalse();
        assertThat(s.files()).isNull();
        assertThat(s.provenance().location()).isEqualTo("line 2");
        Adapter nic = s.adapters().get(0);
        assertThat(s.adapters()).hasSize(1);
        assertThat(nic.name()).isEqualTo("Local Area Connection");
        assertThat(nic.description()).isEqualTo("Intel(R) PRO/1000 MT Network Connection");
        assertThat(nic.driver()).isEqualTo("Intel(R) PRO/1000 MT Network Connection");
        assertThat(nic.driverInferred()).isTrue();
        assertThat(nic.vlans()).isEmpty();
        assertThat(s.notes()).containsExactly(SysteminfoCards.INFERRED_DRIVERS);
    }

    @Test
    void server2003Sp1X64WithACompleteList() throws IOException {
        Server s = load("srv_2003_sp1_x64_standard_en-us_systeminfo.txt");
        assertThat(s.host()).isEqualTo("WINSRV2K3SP1X64");
        assertThat(s.os()).isEqualTo("Microsoft(R) Windows(R) Server 2003 Standard x64 Edition");
        assertThat(s.osVersion()).isEqualTo("5.2.3790 Service Pack 1 Build 3790");
        assertThat(s.servicePack()).isEqualTo("SP1");
        assertThat(s.architecture()).isEqualTo("x64-based PC");
        assertThat(s.hotfixes().entries()).containsExactly("Q147222");
        assertThat(s.hotfixes().complete()).isTrue();
        assertThat(names(s)).containsExactly("Local Area Connection");
    }

    @Test
    void server2003R2Sp2X64() throws IOException {
        Server s = load("srv_2003r2_sp2_rtm_x64_standard_en-us_systeminfo.txt");
        assertThat(s.host()).isEqualTo("SRV2K3R2SP2X64");
        assertThat(s.servicePack()).isEqualTo("SP2");
        assertThat(s.architecture()).isEqualTo("x64-based PC");
        assertThat(s.hotfixes().entries()).containsExactly("Q147222");
        assertThat(s.hotfixes().complete()).isTrue();
        assertThat(s.adapters()).hasSize(1);
    }

    @Test
    void server2003R2Sp2X86WhoseListIsCutShortOfItsCount() throws IOException {
        Server s = load("srv_2003r2_sp2_x86_standard_en-us_systeminfo.txt");
        assertThat(s.host()).isEqualTo("SRV2K3R2SP2X86");
        assertThat(s.os()).isEqualTo("Microsoft(R) Windows(R) Server 2003, Standard Edition");
        assertThat(s.servicePack()).isEqualTo("SP2");
        assertThat(s.architecture()).isEqualTo("X86-based PC");
        assertThat(s.hotfixes().entries()).hasSize(240).contains("KB2536276-v2 - Update").endsWith("KB2862");
        assertThat(s.hotfixes().complete()).isFalse();
        assertThat(names(s)).containsExactly("Local Area Connection");
    }

    @Test
    void server2008IsLoadedAsIs() throws IOException {
        Server s = load("srv_2008_rtm_x64_standard_en-us_systeminfo.txt");
        assertThat(s.host()).isEqualTo("SRV2K8SP0X64");
        assertThat(s.os()).isEqualTo("Microsoftr Windows Serverr 2008 Standard");
        assertThat(s.osVersion()).isEqualTo("6.0.6001 Service Pack 1 Build 6001");
        assertThat(s.servicePack()).isEqualTo("SP1");
        assertThat(s.hotfixes().entries()).containsExactly("KB956250");
        assertThat(s.hotfixes().complete()).isTrue();
        assertThat(s.adapters()).hasSize(1);
    }

    @Test
    void xpProfessionalX64Sp2() throws IOException {
        Server s = load("xp_sp2_x64_systeminfo.txt");
        assertThat(s.host()).isEqualTo("USER-8CEF73C787");
        assertThat(s.os()).isEqualTo("Microsoft(R) Windows(R) XP Professional x64 Edition");
        assertThat(s.osVersion()).isEqualTo("5.2.3790 Service Pack 2 Build 3790");
        assertThat(s.servicePack()).isEqualTo("SP2");
        assertThat(s.architecture()).isEqualTo("x64-based PC");
        assertThat(s.hotfixes().entries()).hasSize(228).contains("MSCompPackV1 - Update");
        assertThat(s.hotfixes().complete()).isFalse();
        assertThat(s.adapters()).hasSize(1);
    }

    @Test
    void xpSp2X86WithLowerCaseLabels() throws IOException {
        Server s = load("xp_sp2_x86_systeminfo.txt");
        assertThat(s.host()).isEqualTo("WINXPSP2");
        assertThat(s.os()).isEqualTo("Microsoft Windows XP Professional");
        assertThat(s.servicePack()).isEqualTo("SP2");
        assertThat(s.architecture()).as("'System type'").isEqualTo("X86-based PC");
        assertThat(s.hotfixes().entries()).containsExactly("Q147222");
        assertThat(s.hotfixes().complete()).isTrue();
        assertThat(s.adapters()).as("'NetWork Card(s)'").extracting(Adapter::driver)
                .containsExactly("VMware Accelerated AMD PCNet Adapter");
    }

    @Test
    void xpSp3X86() throws IOException {
        Server s = load("xp_sp3_x86_professional_en-us_systeminfo.txt");
        assertThat(s.host()).isEqualTo("WINXPSP3");
        assertThat(s.osVersion()).isEqualTo("5.1.2600 Service Pack 3 Build 2600");
        assertThat(s.servicePack()).isEqualTo("SP3");
        assertThat(s.hotfixes().entries()).hasSize(220);
        assertThat(s.hotfixes().complete()).isFalse();
        assertThat(s.adapters()).extracting(Adapter::description).containsExactly("VMware Accelerated AMD PCNet Adapter");
    }

    @Test
    void spanishCaptureInTheCmdCodePage() throws IOException {
        Server s = load("10_1809_x64_education_es_systeminfo.txt");
        assertThat(s.host()).as("redacted in the capture").isEqualTo("...");
        assertThat(s.os()).isEqualTo("Microsoft Windows 10 Education");
        assertThat(s.osVersion()).isEqualTo("10.0.17763 N/D Compilación 17763");
        assertThat(s.servicePack()).isEqualTo("RTM");
        assertThat(s.architecture()).isEqualTo("x64-based PC");
        assertThat(s.hotfixes().entries()).hasSize(9).startsWith("KB4486553");
        assertThat(s.hotfixes().complete()).isTrue();
        assertThat(names(s)).containsExactly("Ethernet", "Wi-Fi");
        assertThat(s.adapters()).extracting(Adapter::driver).containsExactly("Realtek PCIe FE Family Controller",
                "Qualcomm Atheros QCA9377 Wireless Network Adapter");
    }

    @Test
    void germanCaptureInUtf8() throws IOException {
        Server s = load("7_sp1_x64_ultimaten_de_systeminfo.txt");
        assertThat(s.host()).isEqualTo("OLI7-PC");
        assertThat(s.os()).isEqualTo("Microsoft Windows 7 Ultimate N");
        assertThat(s.osVersion()).isEqualTo("6.1.7601 Service Pack 1 Build 7601");
        assertThat(s.servicePack()).isEqualTo("SP1");
        assertThat(s.architecture()).isEqualTo("x64-based PC");
        assertThat(s.hotfixes().entries()).hasSize(245);
        assertThat(s.hotfixes().complete()).as("263 announced").isFalse();
        assertThat(names(s)).containsExactly("Bluetooth-Netzwerkverbindung", "LAN-Verbindung",
                "Drahtlosnetzwerkverbindung", "LAN-Verbindung 2");
        assertThat(s.adapters().get(0).description()).isEqualTo("Bluetooth-Gerät (PAN)");
    }

    @Test
    void frenchCmdAndPowerShellCapturesOfOneMachine() throws IOException {
        Server cmd = load("7_sp1_x64_enterprise_fr_systeminfo_cmd.txt");
        Server powershell = load("7_sp1_x64_enterprise_fr_systeminfo_powershell.txt");
        for (Server s : List.of(cmd, powershell)) {
            assertThat(s.host()).isEqualTo("WIN-IDKKFN87EL8");
            assertThat(s.os()).isEqualTo("Microsoft Windows 7 Entreprise N");
            assertThat(s.osVersion()).isEqualTo("6.1.7601 Service Pack 1 version 7601");
            assertThat(s.servicePack()).isEqualTo("SP1");
            assertThat(s.architecture()).isEqualTo("x64-based PC");
            assertThat(s.hotfixes().complete()).isTrue();
            assertThat(names(s)).containsExactly("Connexion au réseau local");
            assertThat(s.adapters().get(0).driver()).isEqualTo("Connexion réseau Intel(R) PRO/1000 MT");
        }
        assertThat(cmd.hotfixes().entries()).hasSize(73);
        assertThat(powershell.hotfixes().entries()).hasSize(93);
    }

    @Test
    void theLicenceBesideTheCapturesIsNotTakenForOne() throws IOException {
        Path licence = CAPTURES.resolve("LICENSE-wesng.txt");
        assertThat(format.recognises(licence, Files.readAllBytes(licence))).isFalse();
    }
}
