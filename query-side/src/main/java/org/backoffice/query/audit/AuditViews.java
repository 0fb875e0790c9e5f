package org.backoffice.query.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

public final class AuditViews {

    private AuditViews() {
    }

    /**
     * Who and why: the user (or "system"), the request's correlation id, the message that produced
     * the event (causationId: its command, or a deadline), that message's own cause (upstreamId:
     * the event a processor handled, or the command that scheduled the deadline; null for a user's
     * request) and the command's type. Events stored before 2026-12-01 have no upstreamId and command.
     */
    public record Metadata(String user, String correlationId, String causationId, String upstreamId, String command) {
    }

    /** One stored event as auditors read it; personal data of an erased person reads "[erased]". */
    public record AuditEvent(long position, String aggregateType, String aggregateId, long sequenceNumber, String type,
                             Instant timestamp, JsonNode payload, Metadata metadata, String eventId) {
    }

    /** A page of the log. nextPosition is where to continue (afterPosition=nextPosition): never skips an event. */
    public record EventPage(List<AuditEvent> events, long nextPosition) {
    }

    /**
     * status BROKEN when a stored event does not verify or a closed period's seal is not
     * reproduced (seals: each sealed period's verification).
     */
    public record IntegrityReport(@Schema(allowableValues = {"INTACT", "BROKEN"}) String status, long eventsChecked, Long firstBrokenPosition, List<String> problems,
                                  long millis, List<org.backoffice.query.accounting.closing.ClosingViews.VerificationView> seals) {

        public IntegrityReport withSeals(List<org.backoffice.query.accounting.closing.ClosingViews.VerificationView> verified,
                                         long addedMillis) {
            List<String> all = new java.util.ArrayList<>(problems);
            verified.stream().filter(v -> !"REPRODUCED".equals(v.status())).forEach(v -> all.add("the seal of period "
                    + v.name() + " is not reproduced: " + v.checks().stream().filter(c -> !c.reproduced())
                    .map(c -> c.part()).collect(java.util.stream.Collectors.joining(", "))));
            boolean broken = "BROKEN".equals(status) || all.size() > problems.size();
            return new IntegrityReport(broken ? "BROKEN" : "INTACT", eventsChecked, firstBrokenPosition, all,
                    millis + addedMillis, verified);
        }
    }
}
