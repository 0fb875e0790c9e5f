package org.backoffice.query.audit;

import org.backoffice.query.audit.AuditViews.IntegrityReport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies the whole event store independently of the database's own functions: recomputes
 * every event's hash from its stored bytes in Java, follows each aggregate's chain (sequence
 * numbers from 0 without a hole, each link equal to the previous event's hash), and compares each
 * stream's end with its recorded head, so that an edited, removed or truncated stream shows.
 */
@Component
public class IntegrityVerifier {

    private static final int MAX_PROBLEMS = 20;
    private final JdbcTemplate jdbc;

    IntegrityVerifier(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Head(long sequence, long position, byte[] hash) {
    }

    private static final class Check {
        long checked;
        Long firstBroken;
        final List<String> problems = new ArrayList<>();
        String aggregate;
        long expectedSequence;
        byte[] previousHash;
        long lastPosition;

        void broken(long position, String problem) {
            firstBroken = firstBroken == null ? position : Math.min(firstBroken, position);
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(problem);
            }
        }
    }

    /** In one read-only transaction, so that PostgreSQL streams the rows instead of loading them all. */
    @Transactional(readOnly = true)
    public IntegrityReport verify() {
        long started = System.nanoTime();
        Map<String, Head> heads = new HashMap<>();
        jdbc.query("select aggregate_identifier, last_sequence, last_position, last_hash from event_stream_head", rs -> {
            heads.put(rs.getString(1), new Head(rs.getLong(2), rs.getLong(3), rs.getBytes(4)));
        });
        Check c = new Check();
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(1000);
        streaming.query("""
                select global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                       payload_type, payload_revision, payload, meta_data, previous_hash, hash
                from domain_event_entry order by aggregate_identifier, sequence_number""", rs -> {
            String aggregate = rs.getString("aggregate_identifier");
            long position = rs.getLong("global_index");
            long sequence = rs.getLong("sequence_number");
            if (!aggregate.equals(c.aggregate)) {
                endOfStream(c, heads);
                c.aggregate = aggregate;
                c.expectedSequence = 0;
                c.previousHash = null;
            }
            c.checked++;
            if (sequence != c.expectedSequence) {
                c.broken(position, "aggregate " + aggregate + ": event " + c.expectedSequence + " is missing before position " + position);
                c.previousHash = null;
            }
            byte[] storedPrevious = rs.getBytes("previous_hash");
            if (c.expectedSequence == sequence && !Arrays.equals(storedPrevious, c.previousHash)) {
                c.broken(position, "position " + position + ": its link does not match the previous event of " + aggregate);
            }
            byte[] computed = hash(storedPrevious, position, rs.getString("event_identifier"), aggregate, sequence,
                    rs.getString("type"), rs.getString("time_stamp"), rs.getString("payload_type"),
                    rs.getString("payload_revision"), rs.getBytes("payload"), rs.getBytes("meta_data"));
            byte[] stored = rs.getBytes("hash");
            if (!Arrays.equals(computed, stored)) {
                c.broken(position, "position " + position + ": its content does not match its hash (edited)");
            }
            c.previousHash = stored;
            c.expectedSequence = sequence + 1;
            c.lastPosition = position;
        });
        endOfStream(c, heads);
        for (Map.Entry<String, Head> lost : heads.entrySet()) {
            c.broken(lost.getValue().position(), "aggregate " + lost.getKey() + ": its whole stream is missing");
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new IntegrityReport(c.firstBroken == null ? "INTACT" : "BROKEN", c.checked, c.firstBroken, c.problems, millis, List.of());
    }

    private static void endOfStream(Check c, Map<String, Head> heads) {
        if (c.aggregate == null) {
            return;
        }
        Head head = heads.remove(c.aggregate);
        long last = c.expectedSequence - 1;
        if (head == null) {
            c.broken(c.lastPosition, "aggregate " + c.aggregate + ": no recorded head");
        } else if (head.sequence() != last || !Arrays.equals(head.hash(), c.previousHash)) {
            c.broken(head.sequence() > last ? head.position() : c.lastPosition,
                    "aggregate " + c.aggregate + ": its stream ends at event " + last + " but event " + head.sequence()
                            + " was stored (position " + head.position() + ")");
        }
    }

    static byte[] hash(byte[] previous, long position, String eventId, String aggregate, long sequence, String type,
                       String timestamp, String payloadType, String revision, byte[] payload, byte[] metadata) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] sep = {0};
            sha.update(previous == null ? new byte[0] : previous);
            for (String field : new String[]{Long.toString(position), eventId, aggregate, Long.toString(sequence),
                    type == null ? "" : type, timestamp, payloadType, revision == null ? "" : revision}) {
                sha.update(sep);
                sha.update(field.getBytes(StandardCharsets.UTF_8));
            }
            sha.update(sep);
            sha.update(payload);
            sha.update(sep);
            sha.update(metadata == null ? new byte[0] : metadata);
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
