package org.kbaudit.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Criticality;
import org.kbaudit.domain.FileVersion;
import org.kbaudit.domain.HotfixInventory;
import org.kbaudit.domain.InstalledFile;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Vlan;

/**
 * Deterministic synthetic fleets with the variety of real inventories: every platform and status, messy
 * captions and service-pack strings, shared drivers, VLANs, virtual adapters, incomplete hotfix lists,
 * file versions, pending restarts, out-of-scope systems. The same seed gives the same fleet.
 *
 * <p>Like a real estate, most servers are installed from a limited number of standard builds
 * ({@value #BUILDS}, some far more common than others) and differ in name, site, owner, criticality,
 * maintenance window, adapter names and VLAN ids; {@value #ONE_OFF_PERCENT}% are one-offs drawn at random.
 */
public final class SyntheticFleet {

    private static final String[] CAPTIONS_X86 = {
        "Microsoft(R) Windows(R) Server 2003, Enterprise Edition",
        "Microsoft(R) Windows(R) Server 2003, Standard Edition",
        "Microsoft Windows Server 2003 R2 Standard Edition",
        "Windows Server 2003 Web Edition",
        "Microsoft Windows Small Business Server 2003",
    };
    private static final String[] CAPTIONS_X64 = {
        "Microsoft(R) Windows(R) Server 2003 Enterprise x64 Edition",
        "Microsoft(R) Windows(R) Server 2003 R2 Standard x64 Edition",
        "Microsoft Windows XP Professional x64 Edition",
        "Windows Server 2003 Datacenter x64 Edition",
    };
    private static final String[] CAPTIONS_IA64 = {
        "Microsoft(R) Windows(R) Server 2003, Enterprise Edition for 64-Bit Itanium-based Systems",
        "Microsoft(R) Windows(R) Server 2003, Datacenter Edition for 64-Bit Itanium-based Systems",
    };
    private static final String[][] OTHER_SYSTEMS = {
        {"Microsoft Windows 2000 Server", "5.0.2195"},
        {"Microsoft Windows XP Professional", "5.1.2600"},
        {"Microsoft Windows Server 2008 R2 Enterprise", "6.1.7601"},
        {"Microsoft Windows Server 2012 R2 Standard", "6.3.9600"},
        {"Red Hat Enterprise Linux Server release 5.11 (Tikanga)", null},
        {"SUSE Linux Enterprise Server 10 SP4", null},
        {"VMware ESX 3.5", null},
    };
    private static final String[][] ARCHITECTURES = {
        {"x86", "X86-based PC", "32-bit"},
        {"x64", "x64-based PC", "AMD64", "EM64T", "64-bit"},
        {"ia64", "Itanium (TM) -based System", "IA-64", "Itanium"},
    };
    private static final String[][] SERVICE_PACKS = {
        {"RTM", "None", "0", "SP0"},
        {"SP1", "Service Pack 1", "1"},
        {"SP2", "Service Pack 2", "2"},
    };
    private static final String[][] DRIVERS = {
        {"E1000", "Intel(R) PRO/1000 MT Network Connection"},
        {"e100b", "Intel(R) PRO/100 S Server Adapter"},
        {"b57w2k", "Broadcom NetXtreme Gigabit Ethernet"},
        {"q57w2k", "HP NC7782 Gigabit Server Adapter"},
        {"b57amd64", "Broadcom NetXtreme Gigabit Ethernet"},
        {"VMNetSrv", "Virtual Server 2005 Virtual Network Adapter"},
    };
    private static final String[] SITES = {"DC1", "DC2", "London", "Paris", "Madrid", "Frankfurt", "Lab"};
    private static final String[] WINDOWS = {"Sun 02:00-04:00", "Sat 22:00-02:00", "Sun 01:00-05:00", null};
    private static final String[] COMMON_HOTFIXES = {"KB890046", "KB893756", "KB896358", "KB896422", "KB899587",
        "KB901017", "KB902400", "KB904706", "KB905414", "KB908519", "KB911562", "KB912919", "KB914961"};

    static final int BUILDS = 400;
    static final int ONE_OFF_PERCENT = 3;

    private final long seed;

    public SyntheticFleet(long seed) {
        this.seed = seed;
    }

    /** The i-th server of the fleet; independent of every other, so a fleet can be written in parallel or resumed. */
    public Server server(long index) {
        SplittableRandom identity = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        String host = String.format("SRV-%s-%07d", SITES[(int) (index % SITES.length)].toUpperCase(Locale.ROOT), index);
        Server.Builder b = Server.builder(host, new Provenance("generated", "#" + index));
        SplittableRandom build;
        if (identity.nextInt(100) < ONE_OFF_PERCENT) {
            build = identity.split();
        } else {
            // squaring a uniform draw makes the first builds the most common, as standard images are
            long which = (long) (BUILDS * Math.pow(identity.nextDouble(), 2));
            build = new SplittableRandom(seed * 0xC2B2AE3D27D4EB4FL + which);
        }
        configure(b, build, identity);
        b.site(SITES[(int) (index % SITES.length)]);
        b.criticality(Criticality.values()[identity.nextInt(Criticality.values().length)]);
        b.maintenanceWindow(WINDOWS[identity.nextInt(WINDOWS.length)]);
        b.owner("Team " + (char) ('A' + identity.nextInt(12)));
        return b.build();
    }

    /** What a build decides: the system, its patches and its adapter layout; VLAN ids vary per server. */
    private static void configure(Server.Builder b, SplittableRandom random, SplittableRandom identity) {
        int kind = random.nextInt(100);
        if (kind < 8) {
            String[] other = OTHER_SYSTEMS[random.nextInt(OTHER_SYSTEMS.length)];
            b.os(other[0]).osVersion(other[1]);
        } else {
            int platform = kind < 55 ? 0 : kind < 92 ? 1 : 2;
            String[] captions = platform == 0 ? CAPTIONS_X86 : platform == 1 ? CAPTIONS_X64 : CAPTIONS_IA64;
            b.os(random.nextInt(40) == 0 ? null : captions[random.nextInt(captions.length)]);
            b.osVersion(random.nextInt(5) == 0 ? null : random.nextBoolean() ? "5.2.3790" : "5.2.3790.1830");
            String[] arch = ARCHITECTURES[platform];
            b.architecture(random.nextInt(10) == 0 ? null : arch[random.nextInt(arch.length)]);
            int sp = random.nextInt(10) < 3 ? 0 : random.nextInt(10) < 7 ? 1 : 2;
            String[] spTexts = SERVICE_PACKS[sp];
            b.servicePack(random.nextInt(15) == 0 ? null : spTexts[random.nextInt(spTexts.length)]);
            b.hotfixes(hotfixes(random));
            b.files(files(random, platform));
            b.restartPending(random.nextInt(25) == 0);
        }
        b.adapters(adapters(random, identity));
    }

    private static HotfixInventory hotfixes(SplittableRandom random) {
        int shape = random.nextInt(10);
        if (shape == 0) {
            return null;
        }
        List<String> entries = new ArrayList<>();
        int count = random.nextInt(COMMON_HOTFIXES.length);
        for (int i = 0; i < count; i++) {
            entries.add(COMMON_HOTFIXES[i]);
        }
        if (shape <= 2) {
            entries.add(random.nextBoolean() ? "KB907019" : "Q907019");
        }
        if (shape == 3) {
            entries.add("File 1");
        }
        return HotfixInventory.listed(entries);
    }

    private static List<InstalledFile> files(SplittableRandom random, int platform) {
        int shape = random.nextInt(10);
        if (shape >= 3) {
            return null;
        }
        String version = shape == 0 ? "5.2.3790.1830" : shape == 1 ? "5.2.3790.2520" : "5.2.3790.3959";
        List<InstalledFile> files = new ArrayList<>();
        files.add(new InstalledFile("Netcfgx.dll", FileVersion.parse(version), null, null));
        if (platform != 0 && random.nextBoolean()) {
            files.add(new InstalledFile("Wnetcfgx.dll", FileVersion.parse(random.nextInt(4) == 0 ? "5.2.3790.1830"
                    : version), null, null));
        }
        return files;
    }

    private static List<Adapter> adapters(SplittableRandom random, SplittableRandom identity) {
        int shape = random.nextInt(20);
        if (shape == 0) {
            return null;
        }
        int count = shape == 1 ? 0 : 1 + random.nextInt(4);
        List<Adapter> adapters = new ArrayList<>();
        int drivers = 1 + random.nextInt(3);
        int firstDriver = random.nextInt(DRIVERS.length);
        for (int i = 0; i < count; i++) {
            String[] driver = DRIVERS[(firstDriver + random.nextInt(drivers)) % DRIVERS.length];
            List<Vlan> vlans = new ArrayList<>();
            if (random.nextInt(3) == 0) {
                int n = 1 + random.nextInt(3);
                int base = 10 * (1 + identity.nextInt(300));
                for (int v = 0; v < n; v++) {
                    vlans.add(Vlan.of(base + v));
                }
            }
            String name = i == 0 ? "Local Area Connection" : "Local Area Connection " + (i + 1);
            String driverName = random.nextInt(30) == 0 ? null
                    : random.nextInt(8) == 0 ? driver[0].toUpperCase(Locale.ROOT) : driver[0];
            adapters.add(new Adapter(name, driver[1] + (i == 0 ? "" : " #" + (i + 1)), driverName, false,
                    driver[0].equals("VMNetSrv"), random.nextInt(4) == 0, vlans, null));
        }
        return adapters;
    }
}
