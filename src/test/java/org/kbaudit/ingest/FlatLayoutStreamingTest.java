package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbaudit.domain.Adapter;
import org.kbaudit.domain.Rejection;
import org.kbaudit.domain.Server;

/** A flat sheet delivers each server once its last row is read, in the order of first rows. */
class FlatLayoutStreamingTest {

    @TempDir
    Path dir;

    @Test
    void a_host_whose_rows_are_apart_is_one_server_in_the_place_of_its_first_row() throws Exception {
        Path csv = dir.resolve("flat.csv");
        Files.writeString(csv, """
                Host,Adapter,Driver
                A,NIC1,E1000
                B,NIC1,b57w2k
                A,NIC2,E1000
                C,NIC1,q57w2k
                ,NIC9,E1000
                """);
        List<String> events = new ArrayList<>();
        Inventories.standard().read(List.of(csv), new RecordSink() {
            @Override
            public void server(Server server) {
                events.add(server.host() + " " + server.adapters().stream().map(Adapter::name).toList());
            }

            @Override
            public void reject(Rejection rejection) {
                events.add("rejected " + rejection.location());
            }
        });
        assertThat(events).containsExactly("A [NIC1, NIC2]", "B [NIC1]", "C [NIC1]", "rejected line 6 (Host)");
    }
}
