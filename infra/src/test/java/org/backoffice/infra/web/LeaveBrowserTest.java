package org.backoffice.infra.web;

import org.backoffice.infra.support.BrowserWalkthrough;
import org.backoffice.infra.support.Hr;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR's leave in a real browser (headless Chromium): a vacation recorded and approved on the leave
 * page, an overlapping one refused, a sick week on the employee's leave page with the balance,
 * the department calendar of the month; and the erasure plan of a former employee.
 */
class LeaveBrowserTest extends BrowserWalkthrough {


    @Test
    void hrRecordsAndApprovesLeaveAndReadsTheBalanceAndTheCalendar() {
        String dept = unique("LeaveUI");
        String id = new Hr(api).hire("Lise", "Meitner", dept, LocalDate.of(2013, 1, 1), "4000.00");
        eventually(() -> api.get("hr", "/api/v1/employees/" + id).status(), st -> st == 200);
        browser.signIn("hr", "hr-pw");

        browser.open("/ui/leave");
        browser.choose("leave-_employee", id);
        browser.choose("leave-type", "ANNUAL");
        browser.date("leave-firstDay", LocalDate.of(2013, 3, 4));
        browser.date("leave-lastDay", LocalDate.of(2013, 3, 8));
        browser.click("leave-submit");
        assertThat(browser.text("notice")).isEqualTo("Leave recorded.");
        browser.type("leave-filter-department", dept);
        browser.click("leave-filter");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("leaves")).getText().contains("REQUESTED");
        });
        String leaveId = browser.driver().findElement(By.cssSelector("#leaves tr[id^='leave-']")).getAttribute("id")
                .substring("leave-".length());
        browser.click("approve-" + leaveId);
        assertThat(browser.text("notice")).isEqualTo("Leave approved.");

        browser.choose("leave-_employee", id);
        browser.choose("leave-type", "SPECIAL");
        browser.date("leave-firstDay", LocalDate.of(2013, 3, 8));
        browser.date("leave-lastDay", LocalDate.of(2013, 3, 11));
        browser.click("leave-submit");
        assertThat(browser.text("failure")).contains("overlaps leave " + leaveId);
        browser.screenshot("leave-overlap-refused");

        browser.open("/ui/employees/" + id + "/leave?date=2013-03-31");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("balance-taken")).getText().equals("5");
        });
        assertThat(browser.text("balance-entitlement")).isEqualTo("30");
        assertThat(browser.text("balance-remaining")).isEqualTo("25");
        browser.choose("leave-type", "SICK");
        browser.date("leave-firstDay", LocalDate.of(2013, 4, 8));
        browser.date("leave-lastDay", LocalDate.of(2013, 4, 12));
        browser.type("leave-note", "doctor's note received");
        browser.click("leave-submit");
        assertThat(browser.text("notice")).isEqualTo("Leave recorded.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("employee-leaves")).getText().contains("SICK");
        });
        assertThat(browser.text("employee-leaves")).contains("doctor's note received").contains("APPROVED");
        browser.screenshot("employee-leave");

        browser.open("/ui/leave-calendar?department=" + dept + "&month=2013-03");
        assertThat(browser.text("calendar-title")).contains("2013-03");
        String row = browser.text("calendar-" + id);
        assertThat(row).contains("Lise Meitner");
        assertThat(row.chars().filter(c -> c == 'A').count()).as("five days of annual leave, 4 to 8 March").isEqualTo(5);
        browser.click("calendar-next");
        assertThat(browser.text("sick-days")).contains("Lise Meitner").contains("5");
        browser.screenshot("leave-calendar");
    }

    @Test
    void anAdminRequestsTheErasureOfAFormerEmployeeAndReadsThePlan() {
        Hr hr = new Hr(api);
        String id = hr.hire("Emmy", "Noether", unique("Archive"), LocalDate.of(2018, 1, 1), "4000.00");
        hr.terminate(id, LocalDate.of(2022, 6, 30));
        eventually(() -> api.get("admin", "/api/v1/employees/" + id).json().path("status").asText(), "TERMINATED"::equals);
        browser.signIn("admin", "admin-pw");
        browser.open("/ui/employees/" + id);
        browser.click("erase");
        assertThat(browser.text("notice")).startsWith("Erasure planned");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("erasure-plan")).isEmpty();
        });
        assertThat(browser.text("erasure-plan")).contains("HR_FILE").contains("2025-12-31").contains("erased 20")
                .contains("PAYROLL").contains("2032-12-31").contains("erased on 2033-01-01");
        assertThat(browser.present("erase")).as("asked once").isFalse();
        browser.screenshot("erasure-plan");
    }
}
