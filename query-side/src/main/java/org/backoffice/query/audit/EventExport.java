package org.backoffice.query.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * The stored events of a range of positions as NDJSON, one JSON object per line, exactly as
 * stored: position, aggregate type and id, sequence number, event type, timestamp, metadata,
 * payload (personal data sealed, as stored), the hash and the link to the previous one. The range
 * ends at the audit log's safe horizon, taken once at the start: the highest position up to which
 * every event that will ever exist is already visible, so an export never leaves out an event
 * that commits later, and a later read of the range finds what an earlier one did.
 *
 * <p>It reads in chunks by position (backoffice.audit.export-chunk events, or fewer once a chunk's
 * output reaches {@link #CHUNK_BYTES}), each chunk in a short read-only transaction of its own, and
 * writes a chunk to the client only after its transaction has ended. An export of any size, to a
 * client of any pace, thus never meets the database's bound on a transaction
 * (backoffice.database.transaction-timeout), which ended an export read in one transaction
 * (3 million events, cut at 61.5 s); and memory stays bounded by one chunk.
 */
@Component
public class EventExport {

    /** A chunk ends early once its output reaches this, so that a run of large events keeps it small. */
    static final int CHUNK_BYTES = 4 * 1024 * 1024;

    /** Told in each chunk's transaction, before the chunk is read, after which position it reads. */
    @FunctionalInterface
    public interface ChunkObserver {
        void reading(long after);
    }

    private record Chunk(ByteArrayOutputStream lines, int events, long last, boolean full) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final ObjectMapper json;
    private final AuditLog log;
    private final int chunk;

    EventExport(JdbcTemplate jdbc, PlatformTransactionManager transactions, ObjectMapper json, AuditLog log,
                ExportSettings settings) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(Math.min(settings.exportChunk(), 1000));
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.json = json;
        this.log = log;
        this.chunk = settings.exportChunk();
    }

    /** The last position the export of (after, until] will hold. */
    public long end(long after, Long until) {
        long horizon = log.safeHorizon(after);
        return until == null ? horizon : Math.min(until, horizon);
    }

    /** Writes the events of (after, end]; end from {@link #end}. */
    public void write(long after, long end, OutputStream out) {
        write(after, end, out, position -> {
        });
    }

    /** The same, telling the observer of each chunk from within its transaction. */
    public void write(long after, long end, OutputStream out, ChunkObserver observer) {
        long position = after;
        try {
            while (position < end) {
                long from = position;
                Chunk read = readOnly.execute(status -> {
                    observer.reading(from);
                    return read(from, end);
                });
                if (read.events() == 0) {
                    break;
                }
                read.lines().writeTo(out);
                position = read.last();
                if (!read.full()) {
                    break;
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The events after from up to end, at most one chunk of them, in position order. */
    private Chunk read(long from, long end) {
        return jdbc.query("""
                select global_index, type, aggregate_identifier, sequence_number, payload_type, payload_revision,
                       time_stamp, meta_data, payload, hash, previous_hash
                from domain_event_entry where global_index > ? and global_index <= ? order by global_index limit ?""", rs -> {
            try {
                ByteArrayOutputStream lines = new ByteArrayOutputStream(64 * 1024);
                JsonGenerator g = json.getFactory().createGenerator(lines);
                g.setRootValueSeparator(null);
                int events = 0;
                long last = from;
                while (events < chunk && lines.size() < CHUNK_BYTES && rs.next()) {
                    last = rs.getLong(1);
                    writeLine(g, rs);
                    g.flush();
                    events++;
                }
                g.close();
                return new Chunk(lines, events, last, events == chunk || lines.size() >= CHUNK_BYTES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, from, end, chunk);
    }

    private void writeLine(JsonGenerator g, ResultSet rs) throws IOException, SQLException {
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
    }
}
