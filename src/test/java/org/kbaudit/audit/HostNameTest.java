package org.kbaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostNameTest {

    @Test
    void a_key_is_the_name_without_surrounding_white_space_or_the_final_dot_in_lower_case() {
        assertThat(HostName.key(" WEB01.Corp.Example.COM.\t")).isEqualTo("web01.corp.example.com");
        assertThat(HostName.key("WEB01")).isEqualTo("web01");
        assertThat(HostName.key("web01..")).as("one final dot only").isEqualTo("web01.");
        assertThat(HostName.key(".")).isEqualTo(".");
    }

    @Test
    void case_is_ignored_as_windows_ignores_it_whatever_culture_changed_the_case() {
        assertThat(HostName.key("ıstanbul-dc01")).as("ISTANBUL-DC01 lower-cased in a Turkish culture")
                .isEqualTo(HostName.key("ISTANBUL-DC01")).isEqualTo("istanbul-dc01");
        assertThat(HostName.key("İSTANBUL-DC01")).as("istanbul-dc01 upper-cased in a Turkish culture")
                .isEqualTo("istanbul-dc01");
        assertThat(HostName.key("MÜNCHEN-01.Example.DE")).isEqualTo("münchen-01.example.de");
        assertThat(HostName.key("İ")).as("never two characters for one").hasSize(1);
    }

    @Test
    void a_dns_name_of_two_labels_or_more_has_its_first_label_as_short_name() {
        assertThat(HostName.shortNameEnd("web01.corp.example.com")).isEqualTo(5);
        assertThat(HostName.shortNameEnd("web01.corp")).isEqualTo(5);
        assertThat(HostName.shortNameEnd("10.corp.example.com")).as("a label may be all digits, but for the last")
                .isEqualTo(2);
        assertThat(HostName.shortNameEnd("srv_1.example.com")).isEqualTo(5);
        assertThat(HostName.shortNameEnd("münchen-01.example.de")).isEqualTo(10);
    }

    @Test
    void one_label_an_ip_address_or_a_name_with_an_empty_label_or_white_space_has_no_short_name() {
        assertThat(HostName.shortNameEnd("web01")).isNegative();
        assertThat(HostName.shortNameEnd("10.0.0.5")).isNegative();
        assertThat(HostName.shortNameEnd("fe80::1")).isNegative();
        assertThat(HostName.shortNameEnd("::ffff:10.0.0.5")).isNegative();
        assertThat(HostName.shortNameEnd("web01.corp:3389")).isNegative();
        assertThat(HostName.shortNameEnd(".corp.example.com")).isNegative();
        assertThat(HostName.shortNameEnd("web01..example.com")).isNegative();
        assertThat(HostName.shortNameEnd("web01.")).isNegative();
        assertThat(HostName.shortNameEnd("web 01.example.com")).isNegative();
        assertThat(HostName.shortNameEnd("web\u00a001.example.com")).isNegative();
        assertThat(HostName.shortNameEnd("")).isNegative();
    }

    @Test
    void an_ipv6_address_is_keyed_in_its_one_canonical_form() {
        assertThat(HostName.key("FE80:0000:0000:0000:0000:0000:0000:0001")).isEqualTo("fe80::1");
        assertThat(HostName.key("2001:db8:0:0:1:0:0:1")).as("the first of two longest runs of zeros")
                .isEqualTo("2001:db8::1:0:0:1");
        assertThat(HostName.key("2001:db8:0:1:1:1:1:1")).as("a single zero group stays").isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(HostName.key("::")).isEqualTo("::");
        assertThat(HostName.key("::FFFF:10.0.0.5")).isEqualTo("::ffff:a00:5");
        assertThat(HostName.key("fe80::1%11")).isEqualTo("fe80::1%11");
        assertThat(HostName.key("web01:3389")).as("no address").isEqualTo("web01:3389");
        assertThat(HostName.key("cafe:1")).isEqualTo("cafe:1");
        assertThat(HostName.key("1::2::3")).isEqualTo("1::2::3");
        assertThat(HostName.key("1:2:3:4:5:6:7:8:9")).isEqualTo("1:2:3:4:5:6:7:8:9");
        assertThat(HostName.key("::1.2.3.256")).isEqualTo("::1.2.3.256");
    }

    @Test
    void a_name_without_a_dot_is_one_label() {
        assertThat(HostName.isOneLabel("web01")).isTrue();
        assertThat(HostName.isOneLabel("web01.corp")).isFalse();
        assertThat(HostName.isOneLabel("")).isFalse();
    }
}
