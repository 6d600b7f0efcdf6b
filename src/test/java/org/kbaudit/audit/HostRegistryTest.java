package org.kbaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.kbaudit.domain.Provenance;

class HostRegistryTest {

    /** Where the earlier record of the host was read, or {@code null} when the host is new. */
    private static Provenance place(HostRegistry.Duplicate duplicate) {
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
    void the_final_dot_of_an_absolute_dns_name_and_white_space_around_a_name_make_no_other_host() {
        HostRegistry hosts = new HostRegistry();
        Provenance first = new Provenance("ad.csv", "line 2");
        assertThat(place(hosts.register("web01.corp.example.com.", first))).isNull();
        assertThat(place(hosts.register("WEB01.corp.example.com", new Provenance("a.json", "$[0]")))).isEqualTo(first);
        assertThat(place(hosts.register(" db01\t", new Provenance("a.json", "$[1]")))).isNull();
        assertThat(place(hosts.register("DB01", new Provenance("a.json", "$[2]")))).isEqualTo(new Provenance("a.json", "$[1]"));
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
    void answers_like_a_map_of_host_name_keys(@ForAll @Size(max = 300) List<@StringLength(max = 6) String> names) {
        HostRegistry hosts = new HostRegistry();
        Map<String, Provenance> reference = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Provenance here = new Provenance("s" + (i % 3), "#" + i);
            Provenance expected = reference.putIfAbsent(HostName.key(names.get(i)), here);
            assertThat(place(hosts.register(names.get(i), here))).isEqualTo(expected);
        }
    }
}
