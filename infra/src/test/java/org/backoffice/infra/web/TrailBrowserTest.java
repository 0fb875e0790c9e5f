package org.backoffice.infra.web;

import org.backoffice.infra.support.BrowserWalkthrough;
import org.backoffice.infra.support.TrailScenes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor follows each example trail in Chromium, from the page where the change shows to
 * what caused it and what followed: a salary change to the payroll run that used it and its
 * posting; a termination to the day it took effect, what came back and the final pay; a bank
 * statement entry to the payment it booked and the invoice it settled. Payrolls in 2007 and
 * 2008, years no other test pays.
 */
class TrailBrowserTest extends BrowserWalkthrough {

    private void signInAsAuditor() {
        browser.signIn("auditor", "auditor-pw");
        assertThat(browser.path()).isEqualTo("/ui");
    }

    private WebElement css(String selector) {
        return browser.driver().findElement(By.cssSelector(selector));
    }

    private List<String> texts(String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }

    /** Opens a page until the trail's index has caught up with what it shows. */
    private void openWhen(String path, String selector) {
        browser.waitUntil(d -> {
            d.navigate().to(d.getCurrentUrl().replaceFirst("(https?://[^/]+).*", "$1") + path);
            return !d.findElements(By.cssSelector(selector)).isEmpty();
        });
    }

    private String currentEvent() {
        return browser.text("current");
    }

    @Test
    void fromASalaryChangeToThePayrollRunThatUsedItAndItsPosting() {
        TrailScenes.Raise raise = new TrailScenes(api).salaryChangePaidInMarch(2007);
        signInAsAuditor();
        openWhen("/ui/employees/" + raise.employee(), "#history a.trail-link");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#history tr"));
        rows.stream().filter(r -> r.getText().contains("SALARY_CHANGED")).findFirst().orElseThrow()
                .findElement(By.cssSelector("a.trail-link")).click();
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/ui/trail/\\d+$"));
        openWhen(browser.path(), "#referred-by a.scope");
        assertThat(currentEvent()).contains("SalaryChangedEvent").contains("by hr").contains("ChangeSalaryCommand");
        assertThat(css("#origin").getAttribute("data-origin")).isEqualTo("REQUEST");
        assertThat(browser.text("referred-by")).contains("salary").contains("PayrollPaymentsCalculatedEvent");
        browser.screenshot("trail-salary-change");

        css("#referred-by a.scope").click();
        assertThat(currentEvent()).contains("TransactionPostedEvent").contains(raise.payment().substring(0, 6));
        assertThat(texts("#timeline li.cause")).singleElement().asString()
                .contains("PayrollRunStartedEvent").contains("by accounting").contains("period: " + 2007 + "-03");
        browser.screenshot("trail-payroll-posting");

        css("#timeline li.cause a.trail-link").click();
        assertThat(currentEvent()).contains("PayrollRunStartedEvent");
        assertThat(texts("#effects tr[data-type='TransactionPostedEvent']")).as("each payment's posting")
                .anySatisfy(t -> assertThat(t).contains(raise.payment().substring(0, 6)));
    }

    @Test
    void fromATerminationToTheDayItTookEffectWhatCameBackAndTheFinalPay() {
        TrailScenes.Leaver leaver = new TrailScenes(api).terminationWithReturnsAndFinalPay(2008);
        signInAsAuditor();
        openWhen("/ui/employees/" + leaver.employee(), "#history a.trail-link");
        browser.driver().findElements(By.cssSelector("#history tr")).stream()
                .filter(r -> r.getText().contains("TERMINATED")).findFirst().orElseThrow()
                .findElement(By.cssSelector("a.trail-link")).click();
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/ui/trail/\\d+$"));
        openWhen(browser.path(), "#effects tr[data-type='LicenceSeatReleasedEvent']");
        openWhen(browser.path(), "#referred-by a.scope");
        assertThat(currentEvent()).contains("EmployeeTerminatedEvent").contains("by hr").contains("reason: leaving");
        for (String followed : List.of("EmployeeLeftEvent", "AssetReturnedEvent", "LicenceSeatReleasedEvent",
                "LeaveAccountSettledEvent", "ChecklistOpenedEvent")) {
            assertThat(browser.driver().findElements(By.cssSelector("#effects tr[data-type='" + followed + "']")))
                    .as(followed).isNotEmpty();
        }
        assertThat(browser.text("referred-by")).contains("last day").contains("PayrollPaymentsCalculatedEvent");
        browser.screenshot("trail-termination");

        css("#effects tr[data-type='AssetReturnedEvent'] td a").click();
        assertThat(currentEvent()).contains("AssetReturnedEvent");
        assertThat(texts("#timeline li.cause")).hasSize(2);
        assertThat(texts("#timeline li.cause").get(0)).contains("EmployeeTerminatedEvent");
        assertThat(texts("#timeline li.cause").get(1)).contains("EmployeeLeftEvent");
        browser.driver().navigate().back();

        css("#referred-by a.scope").click();
        assertThat(currentEvent()).as("the final pay").contains("TransactionPostedEvent")
                .contains(leaver.finalPay().substring(0, 6));
    }

    @Test
    void fromABankStatementEntryToThePaymentItBookedAndTheInvoiceItSettled() {
        TrailScenes.Receipt receipt = new TrailScenes(api).statementEntryPayingAnInvoice();
        signInAsAuditor();
        openWhen("/ui/bank-statements/" + receipt.statement(), "#entries a.trail-link");
        css("#entries a.trail-link").click();
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/ui/trail/\\d+$"));
        openWhen(browser.path(), "#referred-by a.link[data-role='invoice']");
        assertThat(currentEvent()).contains("TransactionPostedEvent").contains(receipt.payment().substring(0, 6));
        assertThat(texts("#timeline li.cause")).singleElement().asString()
                .contains("BankStatementImportedEvent").contains("by accounting");
        assertThat(browser.text("referred-by")).contains("BankEntryResolvedEvent").contains("OpenItemSettledEvent");
        browser.screenshot("trail-bank-entry");

        css("#referred-by a.link[data-role='invoice']").click();
        assertThat(currentEvent()).as("the invoice it settled").contains("TransactionPostedEvent")
                .contains(receipt.invoice().substring(0, 6));
        assertThat(browser.text("referred-by")).contains("invoice").contains("OpenItemSettledEvent");
    }
}
