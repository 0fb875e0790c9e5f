package org.backoffice.infra.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.web.ui.WebPage;
import org.backoffice.query.audit.AuditViews.AuditEvent;
import org.backoffice.query.audit.trail.TrailController;
import org.backoffice.query.audit.trail.TrailViews;
import org.backoffice.query.audit.trail.TrailViews.Trail;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The trail of one event, drawn as a timeline: from the request or schedule that started it,
 * through each step that followed from the one before, to the event; what it was decided on and
 * what was decided on it; then everything that followed from it, page by page. Reached from the
 * audit log, every aggregate history, the employee history, ledger lines, transactions and
 * bank statement entries.
 */
@WebPage
class TrailPages {

    static final int PAGE = 50;

    private final TrailController trails;

    TrailPages(TrailController trails) {
        this.trails = trails;
    }

    /** One line of the timeline: who did what when, and why where the event says. */
    record Line(long position, Instant at, String type, String aggregateType, String aggregateId, long sequenceNumber,
                String user, String command, String summary, Long causePosition) {

        static Line of(AuditEvent e, Long causePosition) {
            String command = e.metadata() == null ? null : e.metadata().command();
            if (command == null && e.metadata() != null && e.metadata().upstreamId() != null) {
                command = "a deadline that fell due";
            }
            return new Line(e.position(), e.timestamp(), e.type(), e.aggregateType(), e.aggregateId(), e.sequenceNumber(),
                    e.metadata() == null ? null : e.metadata().user(), command, TrailPages.summary(e.payload()), causePosition);
        }
    }

    record Referenced(String role, Line line, String scope, Long scopePosition, List<TrailViews.Link> links) {
    }

    private static final List<String> TELLING = List.of("reason", "note", "period", "effectiveDate", "lastDay",
            "documentNumber", "text", "how", "title", "serialNumber", "number");

    /** The fields of a payload that tell a reader most, in a line: "reason: …; period: 2026-10". */
    static String summary(JsonNode payload) {
        List<String> parts = new ArrayList<>();
        for (String field : TELLING) {
            JsonNode value = payload == null ? null : payload.get(field);
            if (value != null && value.isValueNode() && !value.asText().isBlank()) {
                parts.add(field + ": " + value.asText());
            }
        }
        JsonNode amount = payload == null ? null : payload.get("amount");
        if (amount != null && amount.has("amount")) {
            parts.add("amount: " + amount.get("amount").asText() + " " + amount.path("currency").asText());
        }
        return String.join("; ", parts);
    }

    @GetMapping("/ui/trail/{position}")
    String trail(@PathVariable long position, @RequestParam(required = false) Long afterPosition, Model model) {
        Trail trail = trails.trail(position, PAGE);
        model.addAttribute("trail", trail);
        model.addAttribute("origin", trail.origin().name());
        model.addAttribute("causes", trail.causes().stream().map(e -> Line.of(e, null)).toList());
        model.addAttribute("event", Line.of(trail.event(), null));
        model.addAttribute("sameStep", trail.sameStep().stream().map(e -> Line.of(e, null)).toList());
        model.addAttribute("refersTo", trail.refersTo().stream().map(r -> new Referenced(r.role(), Line.of(r.event(), null),
                r.scope(), r.scopePosition(), r.links())).toList());
        model.addAttribute("referredBy", trail.referredBy().stream().map(r -> new Referenced(r.role(),
                Line.of(r.event(), null), r.scope(), r.scopePosition(), r.links())).toList());
        TrailViews.EffectPage effects = afterPosition == null ? trail.effects()
                : trails.effects(position, afterPosition, PAGE);
        model.addAttribute("effects", effects.effects().stream().map(f -> Line.of(f.event(), f.causePosition())).toList());
        model.addAttribute("nextPosition", effects.nextPosition());
        model.addAttribute("afterPosition", afterPosition);
        return "trail";
    }

    /** The trail of an aggregate's event (a transaction's posting by default), at its position. */
    @GetMapping("/ui/trail")
    String trailOf(@RequestParam String aggregateId, @RequestParam(required = false) Long sequenceNumber) {
        return "redirect:/ui/trail/" + trails.trailOf(aggregateId, sequenceNumber, 1).event().position();
    }
}
