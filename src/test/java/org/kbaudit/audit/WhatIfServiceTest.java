package org.kbaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.HotfixInventory;
import org.kbaudit.domain.Provenance;
import org.kbaudit.domain.Server;
import org.kbaudit.domain.Status;

/** The audit's reading of a server that {@code simulate} starts from, wired in the service layer. */
class WhatIfServiceTest {

    private static final Provenance HERE = new Provenance("fleet.json", "$[0]");

    private static Server.Builder windows2003(String servicePack) {
        return Server.builder("SRV", HERE).os("Microsoft(R) Windows(R) Server 2003, Enterprise Edition")
                .osVersion("5.2.3790").architecture("x86").servicePack(servicePack)
                .hotfixes(HotfixInventory.listed(List.of()))
                .adapters(List.of(new Adapter("NIC1", null, "e1000", false, false, true, List.of(), HERE),
                        new Adapter("NIC2", null, "e1000", false, false, true, List.of(), HERE)));
    }

    @Test
    void the_audit_reading_says_whether_the_article_applies_and_the_fix_is_in_effect() {
        var reading = WhatIfService.auditReading();

        assertThat(reading.apply(windows2003("SP1").build()))
                .isEqualTo(new WhatIfService.Reading(Status.EXPOSED, false, List.of()));
        assertThat(reading.apply(windows2003("SP2").build()))
                .isEqualTo(new WhatIfService.Reading(Status.PROTECTED, true, List.of()));
        assertThat(reading.apply(windows2003("SP1").os("Microsoft Windows 2000 Server").osVersion("5.0.2195").build())
                .status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void an_inventory_that_leaves_the_fix_open_is_read_as_undecided_with_the_data_to_collect() {
        WhatIfService.Reading reading = WhatIfService.auditReading().apply(windows2003("SP1").hotfixes(null).build());

        assertThat(reading.status()).isEqualTo(Status.UNKNOWN);
        assertThat(reading.fixPresent()).isNull();
        assertThat(reading.missing()).contains("hotfixes");
    }
}
