package org.backoffice.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.BrowserWalkthrough;
import org.backoffice.infra.support.Hr;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The onboarding checklist in Chromium: IT finds its open tasks on the checklists page (another
 * department's overdue task marked, without a button for IT), completes one with a note; HR sees
 * it done on the employee's page and completes its own task there.
 */
class ChecklistBrowserTest extends BrowserWalkthrough {


    @Test
    void eachDepartmentCompletesItsOwnTasksOnTheChecklistsAndTheEmployeePage() {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusDays(10);
        String employee = new Hr(api).hire("Katherine", "Checklist", unique("Dev"), start, "4000.00");
        JsonNode checklists = eventually(() -> api.get("hr", "/api/v1/employees/" + employee + "/checklists").json(),
                list -> list.size() == 1);
        String id = checklists.get(0).path("id").asText();
        int tasks = checklists.get(0).path("tasks").size();

        browser.signIn("it", "it-pw");
        assertThat(browser.present("nav-checklists")).isTrue();
        browser.open("/ui/checklists");
        assertThat(browser.text("checklist-department")).as("IT starts with its own tasks").isEqualTo("of IT");
        assertThat(browser.present("task-" + id + "-equipment")).isTrue();
        assertThat(browser.present("task-" + id + "-employment-contract")).as("HR's task is not on IT's list").isFalse();
        browser.choose("filter-department", "HR");
        browser.click("filter-submit");
        assertThat(browser.byId("task-" + id + "-employment-contract").getAttribute("class")).contains("overdue");
        assertThat(browser.text("task-" + id + "-employment-contract")).contains("OVERDUE", start.minusDays(14).toString());
        assertThat(browser.present("complete-employment-contract-" + id)).as("no button for IT on HR's task").isFalse();
        browser.screenshot("checklists-hr-seen-by-it");

        browser.choose("filter-department", "IT");
        browser.click("filter-submit");
        browser.type("note-equipment-" + id, "ThinkPad X1 ready");
        browser.click("complete-equipment-" + id);
        assertThat(browser.text("notice")).isEqualTo("Task done.");
        eventually(() -> {
            browser.open("/ui/checklists?department=IT&open=true");
            return browser.present("task-" + id + "-equipment");
        }, present -> !present);
        browser.screenshot("checklists-it");

        browser.signOut();
        browser.signIn("hr", "hr-pw");
        browser.open("/ui/employees/" + employee);
        assertThat(browser.text("checklist-ONBOARDING-status")).isEqualTo((tasks - 1) + " open");
        assertThat(browser.text("task-" + id + "-equipment")).contains("done", "by it", "ThinkPad X1 ready");
        assertThat(browser.present("complete-equipment-" + id)).isFalse();
        assertThat(browser.present("complete-accounts-" + id)).as("IT's task: no button for HR").isFalse();
        browser.click("complete-employment-contract-" + id);
        assertThat(browser.text("notice")).isEqualTo("Task done.");
        assertThat(browser.path()).isEqualTo("/ui/employees/" + employee);
        eventually(() -> {
            browser.open("/ui/employees/" + employee);
            return browser.text("checklist-ONBOARDING-status");
        }, status -> status.equals((tasks - 2) + " open"));
        assertThat(browser.text("task-" + id + "-employment-contract")).contains("done", "by hr");
        browser.screenshot("employee-checklists");
    }
}
