package org.backoffice.query.audit.trail;

import io.swagger.v3.oas.annotations.media.Schema;
import org.backoffice.query.audit.AuditViews.AuditEvent;

import java.util.List;

public final class TrailViews {

    private TrailViews() {
    }

    /**
     * How a trail began: a user's request (REQUEST), the system's own schedule (SCHEDULE), or
     * unknown because its first event was stored before causes were recorded, or its cause left
     * no stored event (NOT_RECORDED): the start of its trail, not an error.
     */
    public enum Origin { REQUEST, SCHEDULE, NOT_RECORDED }

    /** An event that followed from the trail's event, and the position of the event it followed from directly. */
    public record Effect(AuditEvent event, Long causePosition) {
    }

    /** A page of effects in store order; continue with afterPosition=nextPosition (null: no more). */
    public record EffectPage(List<Effect> effects, Long nextPosition) {
    }

    /** What an event refers to (refersTo) or is referred to by (referredBy), in which role. */
    public record Reference(String role, @Schema(description = "the aggregate of the referring event's effects it concerns, if any")
                            String scope, Long scopePosition, AuditEvent event, List<Link> links) {
    }

    /** A referring event's own references, one level on: role and the position of the event referred to. */
    public record Link(String role, long position) {
    }

    /**
     * The trail of one event. causes: from the start of its trail (origin) down to the event it
     * followed from directly (empty: it started its trail). sameStep: the other events its command
     * (or deadline) stored, up to 100 (sameStepTotal: how many in all). refersTo / referredBy: what
     * it was decided on and what was decided on it (up to 50). effects: the first page of every
     * event that followed from it, in any department.
     */
    public record Trail(AuditEvent event, Origin origin, List<AuditEvent> causes, List<AuditEvent> sameStep,
                        long sameStepTotal, List<Reference> refersTo, List<Reference> referredBy, EffectPage effects) {
    }
}
