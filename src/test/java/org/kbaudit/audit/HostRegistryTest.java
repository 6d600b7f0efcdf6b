package org.kbaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kbaudit.domain.Provenance;

class HostRegistryTest {

    /** Where the earlier record of the host was read, or {@code null} when the host is new. */
    private static Provenance place(DuplicateHost duplicate) {
        return duplicate == null ? null : duplicate.first().place();
    }

    @Test
    void a_duplicate_is_told_with_both_places_and_both_spellings_when_they_differ() {
        HostRegistry hosts = new HostRegistry();
        hosts.register("DC1-SQL-01", new Provenance("a.json", "$[0]"));
        assertThat(hosts.register("dc1-sql-01.", new Provenance("b.csv", "line 7")).reason("dc1-sql-01."))
                .isEqualTo("duplicate host dc1-sql-01.: already read from a.json $[0] as DC1-SQL-01; audited once");
        assertThat(hosts.register("DC1-SQL-01", new Provenance("c.txt", "")).reason("DC1-SQL-01"))
                .as("the same spelling is not repeated")
                .isEqualTo("duplicate host DC1-SQL-01: already read from a.json $[0]; audited once");
    }

    @Test
    void a_host_seen_again_in_any_case_gives_its_first_place() {
        HostRegistry hosts = new HostRegistry();
        assertThat(place(hosts.register("DC1-SQL-01", new Provenance("a.json", "$[0]")))).isNull();
        assertThat(place(hosts.register("dc1-sql-01", new Provenance("b.csv", "line 7")))).isEqualTo(new Provenance("a.json", "$[0]"));
        assertThat(place(hosts.register("DC1-SQL-02", new Provenance("b.csv", "line 8")))).isNull();
    }

    @Test
    void a_name_whose_case_a_turkish_culture_changed_is_the_same_host() {
        HostRegistry hosts = new HostRegistry();
        Provenance sccm = new Provenance("sccm.csv", "line 2");
        assertThat(place(hosts.register("ISTANBUL-DC01", sccm))).isNull();
        assertThat(place(hosts.register("ıstanbul-dc01", new Provenance("inventory.json", "$[0]")))).isEqualTo(sccm);
        assertThat(place(hosts.register("İSTANBUL-DC01", new Provenance("inventory.json", "$[1]")))).isEqualTo(sccm);
        assertThat(place(hosts.register("ıstanbul-dc01.corp.example.com.tr", new Provenance("ad.csv", "line 4"))))
                .isEqualTo(sccm);
    }

    @Test
    void the_final_dot_of_an_absolute_dns_name_and_white_space_around_a_name_make_no_other_host() {
        HostRegistry hosts = new HostRegistry();
        Provenance first = new Provenance("ad.csv", "line 2");
        assertThat(place(hosts.register("web01.corp.example.com.", first))).isNull();
        assertThat(place(hosts.register("WEB01.corp.example.com", new Provenance("a.json", "$[0]")))).isEqualTo(first);
        assertThat(place(hosts.register(" db01\t", new Provenance("a.json", "$[1]")))).isNull();
        assertThat(place(hosts.register("DB01", new Provenance("a.json", "$[2]")))).isEqualTo(new Provenance("a.json", "$[1]"));
    }

    @Test
    void a_no_break_space_around_a_name_makes_no_other_host_as_in_a_table() {
        HostRegistry hosts = new HostRegistry();
        Provenance table = new Provenance("fleet.csv", "line 2");
        assertThat(place(hosts.register("WEB01", table))).isNull();
        assertThat(place(hosts.register("WEB01\u00a0", new Provenance("cmdb.json", "$[0]")))).isEqualTo(table);
        assertThat(place(hosts.register("\u202fweb01.corp.example.com\u2007", new Provenance("cmdb.json", "$[1]"))))
                .isEqualTo(table);
    }

    @Test
    void a_dot_alone_or_a_second_final_dot_is_a_name_of_its_own() {
        HostRegistry hosts = new HostRegistry();
        assertThat(place(hosts.register(".", new Provenance("a.json", "$[0]")))).isNull();
        assertThat(place(hosts.register("web01..", new Provenance("a.json", "$[1]")))).isNull();
        assertThat(place(hosts.register("web01.", new Provenance("a.json", "$[2]")))).isNull();
        assertThat(place(hosts.register("web01", new Provenance("a.json", "$[3]")))).isEqualTo(new Provenance("a.json", "$[2]"));
    }

    @Test
    void hundreds_of_thousands_of_hosts_grow_the_table_without_false_duplicates() {
        HostRegistry hosts = new HostRegistry();
        for (int i = 0; i < 300_000; i++) {
            assertThat(hosts.register("SRV-" + i, new Provenance("fleet.jsonl", "line " + (i + 1)))).isNull();
        }
        assertThat(place(hosts.register("srv-123456", new Provenance("other.json", "$[1]"))))
                .isEqualTo(new Provenance("fleet.jsonl", "line 123457"));
    }

    @Test
    void a_huge_host_name_is_kept_whole() {
        HostRegistry hosts = new HostRegistry();
        String huge = "H".repeat(3_000_000);
        assertThat(place(hosts.register(huge, new Provenance("x.json", "$[0]")))).isNull();
        assertThat(place(hosts.register(huge.toLowerCase(Locale.ROOT), new Provenance("x.json", "$[1]"))))
                .isEqualTo(new Provenance("x.json", "$[0]"));
        assertThat(place(hosts.register("small", new Provenance("x.json", "$[2]")))).isNull();
    }

    @Property(tries = 100)
    void answers_like_the_rule_said_plainly(@ForAll @Size(max = 300) List<@StringLength(max = 6) String> names) {
        answersLikeTheRule(names);
    }

    @Property(tries = 300)
    void answers_like_the_rule_said_plainly_for_dns_names_short_names_and_addresses(
            @ForAll @Size(max = 60) List<@From("hostNames") String> names) {
        answersLikeTheRule(names);
    }

    @Provide
    Arbitrary<String> hostNames() {
        Arbitrary<String> label = Arbitraries.of("web01", "WEB01", "db", "10", "0", "a b");
        Arbitrary<String> name = label.list().ofMinSize(1).ofMaxSize(3).map(labels -> String.join(".", labels));
        return Combinators.combine(Arbitraries.of("", " "), name, Arbitraries.of("", ".", "..", ":1"))
                .as((before, core, after) -> before + core + after);
    }

    private static void answersLikeTheRule(List<String> names) {
        HostRegistry hosts = new HostRegistry();
        Rule rule = new Rule();
        for (int i = 0; i < names.size(); i++) {
            Provenance here = new Provenance("s" + (i % 3), "#" + i);
            assertThat(hosts.register(names.get(i), here)).as("%s in %s", names.get(i), names.subList(0, i + 1))
                    .isEqualTo(rule.register(names.get(i), here));
        }
    }

    /** The registry's rule as plainly as it can be said, over a list of every host registered. */
    private static final class Rule {

        /** A host registered: its key, its record, and for a DNS name that is a short name's server, that short name's. */
        private record Registered(String key, DuplicateHost.Earlier record, DuplicateHost.Earlier server) {
        }

        private final List<Registered> registered = new ArrayList<>();

        DuplicateHost register(String host, Provenance where) {
            String key = HostName.key(host);
            int dot = HostName.shortNameEnd(key);
            for (Registered r : registered) {
                if (r.key().equals(key)) {
                    return new DuplicateHost(r.server(), null);
                }
            }
            DuplicateHost.Earlier record = new DuplicateHost.Earlier(host, where);
            if (dot < 0 && HostName.isOneLabel(key)) {
                List<DuplicateHost.Earlier> servers = registered.stream()
                        .filter(r -> key.equals(shortName(r.key()))).map(Registered::server).toList();
                if (!servers.isEmpty()) {
                    return new DuplicateHost(servers.get(0), servers.size() > 1 ? servers.get(1) : null);
                }
            } else if (dot >= 0 && registered.stream().noneMatch(r -> key.substring(0, dot).equals(shortName(r.key())))) {
                for (Registered r : registered) {
                    if (r.key().equals(key.substring(0, dot))) {
                        registered.add(new Registered(key, record, r.server()));
                        return new DuplicateHost(r.server(), null);
                    }
                }
            }
            registered.add(new Registered(key, record, record));
            return null;
        }

        private static String shortName(String key) {
            int dot = HostName.shortNameEnd(key);
            return dot < 0 ? null : key.substring(0, dot);
        }
    }

    @Nested
    class DnsNamesAndShortNames {

        private final HostRegistry hosts = new HostRegistry();
        private final Provenance assetDb = new Provenance("assets.json", "$[0]");
        private final Provenance sccm = new Provenance("sccm.csv", "line 2");

        @Test
        void a_short_name_read_after_its_dns_name_is_that_server_named_with_both_places_and_spellings() {
            assertThat(hosts.register("web01.corp.example.com", assetDb)).isNull();
            DuplicateHost duplicate = hosts.register("WEB01", sccm);
            assertThat(duplicate.reason("WEB01")).isEqualTo("duplicate host WEB01: already read from assets.json $[0]"
                    + " as web01.corp.example.com; audited once");
        }

        @Test
        void a_dns_name_read_after_its_short_name_is_that_server() {
            assertThat(hosts.register("WEB01", sccm)).isNull();
            assertThat(hosts.register("Web01.Corp.Example.Com.", assetDb).reason("Web01.Corp.Example.Com."))
                    .isEqualTo("duplicate host Web01.Corp.Example.Com.: already read from sccm.csv line 2 as WEB01;"
                            + " audited once");
        }

        @Test
        void names_that_only_begin_alike_are_other_servers() {
            assertThat(hosts.register("web01.corp.example.com", assetDb)).isNull();
            assertThat(hosts.register("web01-b", sccm)).isNull();
            assertThat(hosts.register("web0", sccm)).isNull();
            assertThat(hosts.register("corp", sccm)).isNull();
            assertThat(hosts.register("example.com", sccm)).isNull();
            assertThat(hosts.register("web01.corp.example.com.au", sccm)).isNull();
        }

        @Test
        void two_dns_names_that_differ_after_the_short_name_are_two_servers() {
            assertThat(hosts.register("web01.corp-a.com", assetDb)).isNull();
            assertThat(hosts.register("WEB01.corp-b.com", sccm)).isNull();
            assertThat(hosts.register("web01.corp", sccm)).as("a name less qualified is not guessed to be either").isNull();
        }

        @Test
        void a_short_name_read_after_two_dns_names_of_it_is_rejected_naming_both() {
            hosts.register("web01.corp-a.com", assetDb);
            hosts.register("web01.corp-b.com", new Provenance("ad.csv", "line 9"));
            hosts.register("web01.corp-c.com", new Provenance("ad.csv", "line 10"));
            DuplicateHost duplicate = hosts.register("WEB01", sccm);
            assertThat(duplicate.first()).isEqualTo(new DuplicateHost.Earlier("web01.corp-a.com", assetDb));
            assertThat(duplicate.other()).isEqualTo(new DuplicateHost.Earlier("web01.corp-b.com", new Provenance("ad.csv", "line 9")));
            assertThat(duplicate.reason("WEB01")).isEqualTo("duplicate host WEB01: the short name of two servers already"
                    + " read, web01.corp-a.com from assets.json $[0] and web01.corp-b.com from ad.csv line 9; not audited,"
                    + " as which of them it is cannot be told (its full name would tell)");
        }

        @Test
        void a_short_name_is_the_server_of_the_first_dns_name_read_after_it_and_of_no_other() {
            hosts.register("WEB01", sccm);
            assertThat(place(hosts.register("web01.corp-a.com", assetDb))).isEqualTo(sccm);
            assertThat(hosts.register("web01.corp-b.com", new Provenance("ad.csv", "line 9"))).isNull();
            assertThat(hosts.register("web01.corp-a.com", new Provenance("ad.csv", "line 10")).reason("web01.corp-a.com"))
                    .isEqualTo("duplicate host web01.corp-a.com: already read from sccm.csv line 2 as WEB01; audited once");
            assertThat(place(hosts.register("web01.CORP-B.com", sccm))).isEqualTo(new Provenance("ad.csv", "line 9"));
            assertThat(place(hosts.register("web01", assetDb))).isEqualTo(sccm);
        }

        @Test
        void a_short_name_read_between_two_dns_names_of_it_is_the_first_and_the_second_is_another_server() {
            hosts.register("web01.corp-a.com", assetDb);
            assertThat(place(hosts.register("WEB01", sccm))).isEqualTo(assetDb);
            assertThat(hosts.register("web01.corp-b.com", new Provenance("ad.csv", "line 9"))).isNull();
            assertThat(hosts.register("WEB01", sccm).other()).as("from then on it could be either").isNotNull();
        }

        @Test
        void an_ip_address_is_no_dns_name_and_has_no_short_name() {
            assertThat(hosts.register("10.0.0.5", assetDb)).isNull();
            assertThat(hosts.register("10", sccm)).isNull();
            assertThat(hosts.register("10.0.0.6", sccm)).isNull();
            assertThat(hosts.register("fe80::1", sccm)).isNull();
            assertThat(hosts.register("fe80", sccm)).isNull();
            assertThat(hosts.register("::ffff:10.0.0.7", sccm)).isNull();
            assertThat(place(hosts.register("10.0.0.5.", sccm))).isEqualTo(assetDb);
        }

        @Test
        void an_ipv6_address_is_one_host_however_it_is_written() {
            assertThat(hosts.register("fe80::1", assetDb)).isNull();
            assertThat(place(hosts.register("FE80:0:0:0:0:0:0:1", sccm))).isEqualTo(assetDb);
            assertThat(place(hosts.register("fe80:0000:0000::0001", sccm))).isEqualTo(assetDb);
            assertThat(hosts.register("fe80::2", sccm)).isNull();
            assertThat(hosts.register("2001:db8:0:0:1:0:0:1", assetDb)).isNull();
            assertThat(place(hosts.register("2001:DB8::1:0:0:1", sccm))).isEqualTo(assetDb);
            assertThat(hosts.register("::ffff:10.0.0.7", assetDb)).isNull();
            assertThat(place(hosts.register("0:0:0:0:0:ffff:a00:7", sccm))).isEqualTo(assetDb);
            assertThat(hosts.register("10.0.0.7", sccm)).as("an IPv4 address is an address of its own").isNull();
        }

        @Test
        void a_name_with_white_space_or_an_empty_label_has_no_short_name() {
            assertThat(hosts.register("web 01.corp.example.com", assetDb)).isNull();
            assertThat(hosts.register("web 01", sccm)).isNull();
            assertThat(hosts.register("db01..corp.example.com", assetDb)).isNull();
            assertThat(hosts.register(".db01.corp.example.com", assetDb)).isNull();
            assertThat(hosts.register("db01", sccm)).isNull();
        }

        @Test
        void a_fleet_of_dns_names_sharing_one_short_name_is_registered_in_linear_time() {
            for (int i = 0; i < 200_000; i++) {
                assertThat(hosts.register("www.site-" + i + ".example", new Provenance("sites.jsonl", "line " + (i + 1))))
                        .isNull();
            }
            assertThat(hosts.register("WWW", sccm).other()).isEqualTo(new DuplicateHost.Earlier("www.site-1.example",
                    new Provenance("sites.jsonl", "line 2")));
            assertThat(place(hosts.register("www.site-199999.example", sccm))).isEqualTo(new Provenance("sites.jsonl",
                    "line 200000"));
        }
    }
}
