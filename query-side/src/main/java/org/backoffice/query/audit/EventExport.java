package org.backoffice.query.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;

/**
 * The stored events of a range of positions as NDJSON, one JSON object per line, exactly as
 * stored: position, aggregate type and id, sequence number, event type, timestamp, metadata,
 * payload (personal data sealed, as stored), the hash and the link to the previous one. Read with
 * a cursor and written as read: constant memory for any number of events. The range ends at the
 * highest position up to which no writer can still fill a gap, so an export never leaves out an
 * event that commits later.
 */
@Component
public class EventExport {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final ObjectMapper json;
    private final AuditLog log;

    EventExport(JdbcTemplate jdbc, PlatformTransactionManager transactions, ObjectMapper json, AuditLog log) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(1000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.json = json;
        this.log = log;
    }

    /** The last position the export of (after, until] will hold. */
    public long end(long after, Long until) {
        long horizon = log.safeHorizon(after);
        return until == null ? horizon : Math.min(until, horizon);
    }

    public void write(long after, long end, OutputStream out) {
        readOnly.executeWithoutResult(status -> {
            try {
                JsonGenerator g = json.getFactory().createGenerator(out);
                g.setRootValueSeparator(null);
                jdbc.query("""
                        select global_index, type, aggregate_identifier, sequence_number, payload_type, payload_revision,
                               time_stamp, meta_data, payload, hash, previous_hash
                        from domain_event_entry where global_index > ? and global_index <= ? order by global_index""", rs -> {
                    try {
                        g.writeStartObject();
                        g.writeNumberField("position", rs.getLong(1));
                        g.writeStringField("aggregateType", rs.getString(2));
                        g.writeStringField("aggregateId", rs.getString(3));
                        g.writeNumberField("sequenceNumber", rs.getLong(4));
                        g.writeStringField("type", rs.getString(5));
                        g.writeStringField("revision", rs.getString(6));
                        g.writeStringField("timestamp", rs.getString(7));
                        byte[] metadata = rs.getBytes(8);
                        g.writeFieldName("metadata");
                        if (metadata == null) {
                            g.writeNull();
                        } else {
                            g.writeTree(json.readTree(metadata));
                        }
                        g.writeFieldName("payload");
                        g.writeTree(json.readTree(rs.getBytes(9)));
                        g.writeStringField("hash", HexFormat.of().formatHex(rs.getBytes(10)));
                        byte[] previous = rs.getBytes(11);
                        g.writeStringField("previousHash", previous == null ? null : HexFormat.of().formatHex(previous));
                        g.writeEndObject();
                        g.writeRaw('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, after, end);
                g.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
