package org.backoffice.infra.audit;

import org.backoffice.infra.web.ui.WebPage;
import org.backoffice.infra.web.ui.Forms;
import org.backoffice.query.audit.AuditController;
import org.backoffice.query.audit.AuditController.ReplayRequest;
import org.backoffice.query.audit.ReplayService;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Set;
import java.util.UUID;

/** The event timeline with filters, an aggregate's history, replays with their progress, the integrity check. */
@WebPage
class AuditPages {

    private final AuditController audit;
    private final Forms forms;

    AuditPages(AuditController audit, Forms forms) {
        this.audit = audit;
        this.forms = forms;
    }

    @GetMapping("/ui/audit")
    String timeline(@RequestParam(required = false) String aggregateType, @RequestParam(required = false) String aggregateId,
                    @RequestParam(required = false) String eventType, @RequestParam(required = false) String user,
                    @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                    @RequestParam(required = false) Long afterPosition, Model model) {
        model.addAttribute("aggregateType", aggregateType);
        model.addAttribute("aggregateId", aggregateId);
        model.addAttribute("eventType", eventType);
        model.addAttribute("user", user);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("page", audit.events(Forms.blankToNull(aggregateType), Forms.blankToNull(aggregateId),
                Forms.blankToNull(eventType), Forms.blankToNull(user), Forms.blankToNull(from),
                Forms.blankToNull(to), afterPosition, 100));
        model.addAttribute("projections", ReplayService.PROJECTIONS.stream().sorted().toList());
        return "audit";
    }

    @GetMapping("/ui/audit/aggregates/{type}/{id}")
    String history(@PathVariable String type, @PathVariable String id, Model model) {
        model.addAttribute("type", type);
        model.addAttribute("id", id);
        model.addAttribute("events", audit.history(type, id));
        return "history";
    }

    @GetMapping("/ui/audit/integrity")
    String integrity(Model model) {
        model.addAttribute("report", audit.integrity());
        return "integrity";
    }

    @PostMapping("/ui/audit/replays")
    String replay(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        return forms.submit("replay", form, ReplayRequest.class, Set.of("projections"), audit::replay,
                started -> "/ui/audit/replays/" + started.getBody().id(), "Replay started.", model, redirect,
                () -> timeline(null, null, null, null, null, null, null, model));
    }

    /** The replay's page; htmx asks for the progress fragment every second while it runs. */
    @GetMapping("/ui/audit/replays/{id}")
    String replayStatus(@PathVariable UUID id, @RequestParam(required = false) String fragment, Model model) {
        model.addAttribute("replay", audit.replayStatus(id));
        return fragment != null ? "replay :: progress" : "replay";
    }
}
