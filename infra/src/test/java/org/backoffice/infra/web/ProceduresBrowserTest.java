package org.backoffice.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.BrowserWalkthrough;
import org.backoffice.infra.support.Hr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR's procedures in Chromium: the disciplinary record on the employee's page (a warning
 * recorded, withdrawn, a final one, and the termination for conduct it allows, refused before
 * it), and a conflict case from the employees page through its mediator, follow-up due on the
 * conflicts page, session with both parties' notes, to the agreement.
 */
class ProceduresBrowserTest extends BrowserWalkthrough {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void signInAsHr() {
        browser.signIn("hr", "hr-pw");
        assertThat(browser.path()).isEqualTo("/ui");
    }

    private void showsAfterRefresh(String id, String text) {
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id(id)).isEmpty() && d.findElement(By.id(id)).getText().contains(text);
        });
    }

    @Test
    void hrRecordsAndWithdrawsWarningsAndTerminatesForConductOnlyWithOne() {
        String kim = new Hr(api).hire("Kim", "Warned", unique("Conduct"), TODAY.minusYears(1), "3000.00");
        eventually(() -> api.get("hr", "/api/v1/employees/" + kim).status(), s -> s == 200);
        browser.open("/ui/employees/" + kim);
        assertThat(browser.text("disciplinary-none")).isEqualTo("No disciplinary action.");
        assertThat(browser.text("no-active-warnings")).isEqualTo("No active warning.");

        browser.date("terminate-effectiveDate", TODAY.plusDays(30));
        browser.type("terminate-reason", "stole the stapler");
        browser.choose("terminate-grounds", "CONDUCT");
        browser.click("terminate-submit");
        assertThat(browser.text("terminate-grounds-error")).contains("needs an active written or final warning");
        browser.screenshot("procedures-conduct-refused");

        browser.choose("discipline-level", "WRITTEN_WARNING");
        browser.type("discipline-reason", "stapler missing");
        browser.date("discipline-date", TODAY.plusDays(1));
        browser.click("discipline-submit");
        assertThat(browser.text("discipline-date-error")).contains("cannot be dated in the future");
        browser.date("discipline-date", TODAY.minusDays(3));
        browser.click("discipline-submit");
        assertThat(browser.text("notice")).isEqualTo("Disciplinary action recorded.");
        showsAfterRefresh("disciplinary-record", "stapler missing");
        assertThat(browser.text("active-warnings")).contains("WRITTEN_WARNING of " + TODAY.minusDays(3));
        JsonNode record = api.get("hr", "/api/v1/employees/" + kim + "/disciplinary-record").json();
        String written = record.path("actions").path(0).path("id").asText();

        browser.type("withdraw-" + written + "-reason", "found in the drawer");
        browser.click("withdraw-" + written + "-submit");
        assertThat(browser.text("notice")).isEqualTo("Disciplinary action withdrawn.");
        showsAfterRefresh("action-" + written, "WITHDRAWN");
        assertThat(browser.text("action-" + written)).contains("found in the drawer");
        assertThat(browser.text("no-active-warnings")).isEqualTo("No active warning.");

        browser.choose("discipline-level", "FINAL_WARNING");
        browser.type("discipline-reason", "the stapler again");
        browser.date("discipline-date", TODAY);
        browser.click("discipline-submit");
        showsAfterRefresh("active-warnings", "FINAL_WARNING");
        browser.screenshot("procedures-disciplinary-record");

        browser.date("terminate-effectiveDate", TODAY.plusDays(30));
        browser.type("terminate-reason", "the stapler, twice");
        browser.choose("terminate-grounds", "CONDUCT");
        browser.click("terminate-submit");
        assertThat(browser.text("notice")).isEqualTo("Termination recorded.");
        showsAfterRefresh("termination-grounds", "CONDUCT");
    }

    @Test
    void hrFollowsAConflictFromItsOpeningToTheAgreement() {
        Hr hr = new Hr(api);
        String dept = unique("Quarrel");
        String lou = hr.hire("Lou", "Loud", dept, TODAY.minusYears(1), "3000.00");
        String max = hr.hire("Max", "Quiet", dept, TODAY.minusYears(1), "3000.00");
        String nia = hr.hire("Nia", "Calm", dept, TODAY.minusYears(1), "3000.00");
        for (String e : new String[]{lou, max, nia}) {
            eventually(() -> api.get("hr", "/api/v1/employees/" + e).status(), s -> s == 200);
        }

        browser.open("/ui/employees");
        browser.choose("conflict-employee-1", lou);
        browser.choose("conflict-employee-2", max);
        browser.type("conflict-description", "music in the office");
        browser.click("conflict-submit");
        assertThat(browser.text("notice")).isEqualTo("Conflict opened.");
        showsAfterRefresh("conflict-status", "OPEN");
        String conflict = browser.path().substring("/ui/conflicts/".length());

        browser.choose("mediator-mediatorId", lou);
        browser.click("mediator-submit");
        assertThat(browser.text("mediator-mediatorId-error")).contains("a party to the conflict cannot mediate it");
        browser.choose("mediator-mediatorId", nia);
        browser.click("mediator-submit");
        assertThat(browser.text("notice")).isEqualTo("Mediator assigned.");
        showsAfterRefresh("conflict-mediator", "Nia Calm");

        browser.date("followUp-date", TODAY);
        browser.type("followUp-purpose", "first talk");
        browser.click("followUp-submit");
        assertThat(browser.text("notice")).isEqualTo("Follow-up scheduled.");

        browser.driver().findElement(By.id("nav-conflicts")).click();
        showsAfterRefresh("conflict-" + conflict, "1 DUE");
        assertThat(browser.byId("conflict-" + conflict).getAttribute("class")).contains("due");
        browser.screenshot("procedures-conflicts-due");
        browser.driver().findElement(By.cssSelector("#conflict-" + conflict + " a")).click();

        browser.date("session-date", TODAY);
        browser.type("session-note-0", "wants music");
        browser.type("session-note-1", "wants silence");
        browser.click("session-submit");
        assertThat(browser.text("notice")).isEqualTo("Session recorded.");
        showsAfterRefresh("sessions", "wants silence");
        assertThat(browser.text("follow-ups")).contains("MET");

        browser.type("agreement-outcome", "headphones");
        browser.click("agreement-submit");
        assertThat(browser.text("notice")).isEqualTo("Agreement recorded: the case is resolved.");
        showsAfterRefresh("conflict-status", "AGREED");
        assertThat(browser.text("conflict-closing")).contains("headphones");
        assertThat(browser.present("session-submit")).as("a closed case takes no more sessions").isFalse();
        browser.screenshot("procedures-conflict-agreed");
    }
}
