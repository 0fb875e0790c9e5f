package org.backoffice.query.audit.trail;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.backoffice.query.audit.trail.TrailViews.EffectPage;
import org.backoffice.query.audit.trail.TrailViews.Trail;
import org.backoffice.query.common.Allowed;
import org.backoffice.query.common.QueryErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The trail of every change: what caused an event and what followed from it, for auditors. */
@RestController
@Tag(name = "Audit")
public class TrailController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final TrailQueries trails;

    TrailController(TrailQueries trails) {
        this.trails = trails;
    }

    @GetMapping("/api/v1/audit/trail/{position}")
    @PreAuthorize(Allowed.AUDIT)
    @Operation(summary = "The trail of the event at a position: its causes back to the request or schedule that "
            + "started it, what it refers to and is referred to by, and the first page of its effects",
            description = "limit: effects per page, 1..500 (default 50); continue with /effects. 400 a position below 1. 404 when no event "
                    + "is stored at the position, or it is not in the trail's index yet (the index follows the "
                    + "store within moments; try again).")
    @QueryErrors.Item
    public Trail trail(@PathVariable long position, @RequestParam(required = false) Integer limit) {
        return trails.trail(position(position), limit(limit)).orElseThrow(() -> notFound(position));
    }

    @GetMapping("/api/v1/audit/trail/{position}/effects")
    @PreAuthorize(Allowed.AUDIT)
    @Operation(summary = "Every event that followed from the event at a position, in any department, page by page",
            description = "In store order after afterPosition; continue with afterPosition=nextPosition until it is "
                    + "null. Each effect names the position of the event it followed from directly. limit 1..500 "
                    + "(default 50).")
    @QueryErrors.List
    public EffectPage effects(@PathVariable long position, @RequestParam(required = false) Long afterPosition,
                              @RequestParam(required = false) Integer limit) {
        if (afterPosition != null && afterPosition < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "afterPosition must be 0 or more");
        }
        return trails.effects(position(position), afterPosition == null ? 0 : afterPosition, limit(limit))
                .orElseThrow(() -> notFound(position));
    }

    @GetMapping("/api/v1/audit/trail")
    @PreAuthorize(Allowed.AUDIT)
    @Operation(summary = "The trail of an aggregate's event, by the aggregate's id and the event's sequence number",
            description = "E.g. a journal entry's posting: aggregateId the transaction's id, sequenceNumber 0 (the "
                    + "default). 400 a blank aggregateId or a negative sequenceNumber. 404 when there is no such event (or it is not in the trail's index yet).")
    @QueryErrors.Item
    @ApiResponse(responseCode = "404", description = "No such event in the trail")
    public Trail trailOf(@RequestParam String aggregateId, @RequestParam(required = false) Long sequenceNumber,
                         @RequestParam(required = false) Integer limit) {
        if (aggregateId.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "aggregateId must not be blank");
        }
        long sequence = sequenceNumber == null ? 0 : sequenceNumber;
        if (sequence < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "sequenceNumber must be 0 or more");
        }
        return trails.trail(aggregateId, sequence, limit(limit)).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "no event " + sequence + " of aggregate " + aggregateId + " in the trail"));
    }

    private static long position(long position) {
        if (position < 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "position must be 1 or more");
        }
        return position;
    }

    private static int limit(Integer limit) {
        int n = limit == null ? DEFAULT_LIMIT : limit;
        if (n < 1 || n > MAX_LIMIT) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be between 1 and " + MAX_LIMIT);
        }
        return n;
    }

    private static ResponseStatusException notFound(long position) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no event at position " + position
                + " in the trail (none is stored there, or the trail's index has not reached it yet)");
    }
}
