package org.backoffice.query.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.backoffice.query.common.Allowed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.backoffice.query.audit.AuditViews.AuditEvent;
import org.backoffice.query.audit.AuditViews.EventPage;
import org.backoffice.query.audit.AuditViews.IntegrityReport;
import org.backoffice.query.common.QueryErrors;
import org.backoffice.query.common.QueryParams;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Audit")
public class AuditController {

    private final AuditLog log;
    private final IntegrityVerifier integrity;
    private final ReplayService replays;
    private final org.backoffice.query.accounting.closing.PeriodVerification seals;
    private final EventExport export;

    public AuditController(AuditLog log, IntegrityVerifier integrity, ReplayService replays,
                           org.backoffice.query.accounting.closing.PeriodVerification seals, EventExport export) {
        this.log = log;
        this.integrity = integrity;
        this.replays = replays;
        this.seals = seals;
        this.export = export;
    }

    public static final String NDJSON = "application/x-ndjson";

    @GetMapping(value = "/api/v1/audit/events/export", produces = NDJSON)
    @PreAuthorize(Allowed.AUDIT)
    @Operation(summary = "The stored events after afterPosition up to untilPosition as NDJSON, exactly as stored",
            description = "One object per line: position, aggregateType, aggregateId, sequenceNumber, type, revision, "
                    + "timestamp, metadata, payload (personal data sealed as stored), hash, previousHash. Streamed: any "
                    + "number of events in constant memory. It ends where no writer can still fill a gap (the header "
                    + "X-Last-Position says where: continue with afterPosition set to it). 400 a negative position or "
                    + "untilPosition before afterPosition.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The events",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "X-Last-Position",
                    description = "the last position the export covers", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "integer")),
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = NDJSON,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")))
    public org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> exportEvents(
            @RequestParam(required = false) Long afterPosition, @RequestParam(required = false) Long untilPosition) {
        long after = afterPosition == null ? 0 : afterPosition;
        if (after < 0 || (untilPosition != null && untilPosition < after)) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
                    "afterPosition must not be negative, nor untilPosition before it");
        }
        long end = export.end(after, untilPosition);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(NDJSON))
                .header("X-Last-Position", Long.toString(Math.max(end, after)))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"events-" + after + "-" + end + ".ndjson\"")
                .body(out -> export.write(after, end, out));
    }

    @GetMapping("/api/v1/audit/events")
    @PreAuthorize(Allowed.AUDIT)
    @Operation(summary = "The event log in store order, with who, when and why",
            description = "Continue with afterPosition=nextPosition: no event is skipped or repeated while writers "
                    + "write. from/to are instants or dates; limit 1..1000 (default 100).")
    @QueryErrors.List
    public EventPage events(@RequestParam(required = false) String aggregateType,
                            @RequestParam(required = false) String aggregateId,
                            @RequestParam(required = false) String eventType,
                            @RequestParam(required = false) String user,
                            @RequestParam(required = false) String from,
                            @RequestParam(required = false) String to,
                            @RequestParam(required = false) Long afterPosition,
                            @RequestParam(required = false) Integer limit) {
        int n = limit == null ? 100 : limit;
        if (n < 1 || n > 1000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be between 1 and 1000");
        }
        if (afterPosition != null && afterPosition < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "afterPosition must be 0 or more");
        }
        return log.page(new AuditLog.Filter(aggregateType, aggregateId, eventType, user,
                QueryParams.instantOrDate("from", from, false), QueryParams.instantOrDate("to", to, true)),
                afterPosition == null ? 0 : afterPosition, n);
    }

    @GetMapping("/api/v1/audit/aggregates/{type}/{id}/history")
    @PreAuthorize(Allowed.AUDIT)
    @Operation(summary = "One aggregate's events in sequence order")
    @QueryErrors.Item
    public List<AuditEvent> history(@PathVariable String type, @PathVariable String id) {
        List<AuditEvent> events = log.history(type, id, null);
        if (events.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + type + " with id " + id);
        }
        return events;
    }

    @GetMapping("/api/v1/audit/integrity")
    @PreAuthorize(Allowed.AUDIT)
    @Operation(summary = "Verify the whole event store and every closed period's seal",
            description = "INTACT, or BROKEN with the first broken position and the problems; seals: each sealed "
                    + "period's verification (REPRODUCED or DIFFERS, naming what differs).")
    @QueryErrors.Report
    public IntegrityReport integrity() {
        long started = System.nanoTime();
        var verified = seals.verifyAll();
        return integrity.verify().withSeals(verified, (System.nanoTime() - started) / 1_000_000);
    }

    public record ReplayRequest(@NotNull @NotEmpty List<@NotNull String> projections) {
    }

    /** The answer to a replay request: the replay's id (its address is in the Location header). */
    public record ReplayAccepted(UUID id) {
    }

    @PostMapping("/api/v1/audit/replays")
    @PreAuthorize(Allowed.AUDIT)
    @Operation(summary = "Rebuild read models from the events: balances, headcount, inventory")
    @ApiResponse(responseCode = "202", description = "Started; the Location header names the replay to follow",
            headers = @Header(name = "Location", description = "the replay's path",
                    schema = @Schema(type = "string", format = "uri-reference")))
    @ApiResponse(responseCode = "503", description = "This instance is shutting down; nothing was started",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/ProblemDetail")))
    public ResponseEntity<ReplayAccepted> replay(@Valid @RequestBody ReplayRequest request) {
        UUID id = replays.start(request.projections());
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/audit/replays/" + id))
                .body(new ReplayAccepted(id));
    }

    @GetMapping("/api/v1/audit/replays/{id}")
    @PreAuthorize(Allowed.AUDIT)
    @Operation(summary = "A replay's status, progress (0..1) and events processed")
    @QueryErrors.Item
    public ReplayService.ReplayView replayStatus(@PathVariable UUID id) {
        return replays.status(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "replay " + id + " does not exist"));
    }
}
