package org.kbaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kbaudit.domain.AdapterVlan;
import org.kbaudit.domain.Finding;
import org.kbaudit.domain.SimulationCheck;
import org.kbaudit.domain.Status;

/** The Adapters sheet's rows: an adapter the audit could not decide is not shown as safe. */
class AdapterRowsTest {

    private static final int AT_RISK = AdapterRows.HEADERS.indexOf("At risk");
    private static final int SIMULATION = AdapterRows.HEADERS.indexOf("Simulation saw");

    private static final SimulationCheck NOTHING = new SimulationCheck(true, 0, 0, List.of(), List.of(), null);

    @Test
    void adapters_that_cannot_be_grouped_for_want_of_a_driver_name_are_not_shown_as_unaffected() {
        Finding f = FindingFixture.server("SRV").status(Status.UNKNOWN).fix(false, "Netcfgx.dll 5.2.3790.1830 < 5.2.3790.2520")
                .missing("adapterDrivers").adapter("A", "E1000", false).adapter("C", null, false)
                .simulation(NOTHING).build();

        List<List<Object>> rows = AdapterRows.of(f);

        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get(AT_RISK)).isEqualTo("unknown");
            assertThat((String) r.get(SIMULATION)).doesNotContain("not affected").contains("no driver name");
        });
    }

    @Test
    void beside_a_shared_group_the_adapter_without_a_driver_name_is_unknown_and_the_group_at_risk() {
        Finding f = FindingFixture.server("SRV").adapter("A", "E1000", true).adapter("B", "E1000", true)
                .adapter("C", null, false)
                .simulation(new SimulationCheck(true, 1, 0, List.of("A", "B"), List.<AdapterVlan>of(), null)).build();

        List<List<Object>> rows = AdapterRows.of(f);

        assertThat(rows).extracting(r -> r.get(AT_RISK)).containsExactly("yes", "yes", "unknown");
        assertThat(rows.get(2).get(SIMULATION)).asString().contains("no driver name");
    }

    @Test
    void adapters_listed_from_a_list_cut_short_are_not_shown_as_unaffected() {
        Finding f = FindingFixture.server("SRV").status(Status.UNKNOWN).fix(false, "Netcfgx.dll 5.2.3790.1830 < 5.2.3790.2520")
                .missing("adapters").adapter("Public", "Broadcom NetXtreme", false).adaptersIncomplete()
                .simulation(NOTHING).build();

        List<Object> row = AdapterRows.of(f).get(0);
        assertThat(row.get(AT_RISK)).isEqualTo("unknown");
        assertThat((String) row.get(SIMULATION)).contains("cut short");
    }

    @Test
    void control_a_single_adapter_without_a_driver_name_cannot_share_and_is_not_at_risk() {
        Finding f = FindingFixture.server("SRV").status(Status.VULNERABLE).adapter("C", null, false)
                .simulation(NOTHING).build();

        List<Object> row = AdapterRows.of(f).get(0);
        assertThat(row.get(AT_RISK)).isEqualTo("no");
        assertThat(row.get(SIMULATION)).isEqualTo("not affected");
    }

    @Test
    void control_on_a_protected_server_no_adapter_is_at_risk_whatever_its_driver() {
        Finding f = FindingFixture.server("SRV").status(Status.PROTECTED).adapter("A", "E1000", false)
                .adapter("C", null, false).simulation(NOTHING).build();

        assertThat(AdapterRows.of(f)).allSatisfy(r -> {
            assertThat(r.get(AT_RISK)).isEqualTo("no");
            assertThat(r.get(SIMULATION)).isEqualTo("not affected");
        });
    }
}
