package org.backoffice.infra.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Ledger;
import org.backoffice.query.audit.EventExport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The events as NDJSON are read in chunks by position (backoffice.audit.export-chunk, three in the
 * test profile), each chunk in a transaction of its own, so that an export of any size never runs
 * into the database's bound on a transaction. Across the chunks the file is what one read of the
 * range gives: every stored event of the range, once, in position order, byte for byte as stored.
 */
class EventExportTest extends ApiTest {

    @Autowired
    private ObjectMapper json;

    @Autowired
    private EventExport export;

    private long head() {
        Long head = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    /** Some events of this test's own: accounts opened, a transfer between two of them. */
    private long storeSomeEvents() {
        Ledger ledger = new Ledger(api);
        String bank = ledger.openBank(unique("1200"), "0.00");
        String equity = ledger.open(unique("0800"), "EQUITY", null);
        for (int i = 0; i < 5; i++) {
            ledger.open(unique("4000"), "EXPENSE", null);
        }
        assertThat(ledger.post("TRANSFER", bank, equity, "100.00", "export").text("status")).isEqualTo("COMPLETED");
        return head();
    }

    /** The export of (after, until], once every event up to until is safely visible. */
    private Api.Download export(long after, long until) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(
                () -> api.download("auditor", "/api/v1/audit/events/export?afterPosition=" + after + "&untilPosition=" + until),
                d -> d.status() == 200 && Long.parseLong(d.headers().firstValue("X-Last-Position").orElseThrow()) == until);
    }

    /** One line of the file as the export has always written it, from the stored row. */
    private List<String> storedLines(long after, long until) {
        return jdbc.query("""
                select global_index, type, aggregate_identifier, sequence_number, payload_type, payload_revision,
                       time_stamp, meta_data, payload, hash, previous_hash
                from domain_event_entry where global_index > ? and global_index <= ? order by global_index""", (rs, i) -> {
            try {
                ObjectNode line = json.createObjectNode();
                line.put("position", rs.getLong(1));
                line.put("aggregateType", rs.getString(2));
                line.put("aggregateId", rs.getString(3));
                line.put("sequenceNumber", rs.getLong(4));
                line.put("type", rs.getString(5));
                line.put("revision", rs.getString(6));
                line.put("timestamp", rs.getString(7));
                byte[] metadata = rs.getBytes(8);
                line.set("metadata", metadata == null ? json.nullNode() : json.readTree(metadata));
                line.set("payload", json.readTree(rs.getBytes(9)));
                line.put("hash", HexFormat.of().formatHex(rs.getBytes(10)));
                byte[] previous = rs.getBytes(11);
                line.put("previousHash", previous == null ? null : HexFormat.of().formatHex(previous));
                return json.writeValueAsString(line) + "\n";
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }, after, until);
    }

    @Test
    void acrossChunksTheFileIsEveryEventOfTheRangeOnceInOrderAsStored() {
        long after = head();
        long until = storeSomeEvents();
        List<String> expected = storedLines(after, until);
        assertThat(expected).as("more events than three chunks hold").hasSizeGreaterThan(9);

        Api.Download file = export(after, until);
        assertThat(file.contentType()).isEqualTo("application/x-ndjson");
        assertThat(new String(file.bytes(), StandardCharsets.UTF_8)).isEqualTo(String.join("", expected));

        // A range that starts and ends inside chunks: still exactly its events.
        long from = after + 2;
        long to = until - 1;
        Api.Download part = export(from, to);
        assertThat(new String(part.bytes(), StandardCharsets.UTF_8)).isEqualTo(String.join("", storedLines(from, to)));
    }

    /**
     * What ended an export of 3 million events at 61.5 s: it read them all in one transaction,
     * which the database ends after backoffice.database.transaction-timeout. Here each chunk tells,
     * from within its transaction, that transaction's id: one per chunk, never the same twice. And
     * the client is written to only between transactions, so a slow reader holds none open.
     */
    @Test
    void eachChunkIsReadInATransactionOfItsOwnAndTheClientIsWrittenToBetweenThem() {
        long after = head();
        long until = storeSomeEvents();
        int events = storedLines(after, until).size();
        long end = await().atMost(Duration.ofSeconds(10)).until(() -> export.end(after, until), e -> e == until);

        List<Long> transactions = new ArrayList<>();
        List<Boolean> writtenInATransaction = new ArrayList<>();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        OutputStream client = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                writtenInATransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
                file.write(b, off, len);
            }
        };
        export.write(after, end, client, from -> {
            Long id = jdbc.queryForObject("select txid_current()", Long.class);
            // Read on the chunk's own connection, in its transaction (not on one of its own).
            assertThat(jdbc.queryForObject("select txid_current()", Long.class)).isEqualTo(id);
            transactions.add(id);
        });

        assertThat(transactions).as("one transaction a chunk of three").hasSize((events + 2) / 3).doesNotHaveDuplicates();
        assertThat(writtenInATransaction).isNotEmpty().containsOnly(false);
        assertThat(file.toString(StandardCharsets.UTF_8)).isEqualTo(String.join("", storedLines(after, until)));
    }
}
