package org.backoffice.query.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

public final class AuditViews {

    private AuditViews() {
    }

    public record Metadata(String user, String correlationId, String causationId) {
    }

    /** One stored event as auditors read it; personal data of an erased person reads "[erased]". */
    public record AuditEvent(long position, String aggregateType, String aggregateId, long sequenceNumber, String type,
                             Instant timestamp, JsonNode payload, Metadata metadata) {
    }

    /** A page of the log. nextPosition is where to continue (afterPosition=nextPosition): never skips an event. */
    public record EventPage(List<AuditEvent> events, long nextPosition) {
    }

    public record IntegrityReport(@Schema(allowableValues = {"INTACT", "BROKEN"}) String status, long eventsChecked, Long firstBrokenPosition, List<String> problems,
                                  long millis) {
    }
}
