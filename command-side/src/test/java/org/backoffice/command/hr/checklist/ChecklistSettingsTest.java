package org.backoffice.command.hr.checklist;

import org.backoffice.command.hr.checklist.ChecklistSettings.TaskTemplate;
import org.backoffice.events.hr.AutomaticCompletion;
import org.backoffice.events.hr.ChecklistDepartment;
import org.backoffice.events.hr.ChecklistKind;
import org.backoffice.events.hr.ChecklistTask;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChecklistSettingsTest {

    private static final TaskTemplate ACCOUNTS = new TaskTemplate("accounts", "Accounts", ChecklistDepartment.IT, null, -3, null);
    private static final TaskTemplate CONTRACT = new TaskTemplate("contract", "Contract", ChecklistDepartment.HR,
            ChecklistDepartment.HR, -14, null);
    private static final TaskTemplate DEVICES = new TaskTemplate("devices", "Devices returned", ChecklistDepartment.IT,
            null, 0, AutomaticCompletion.DEVICES_RETURNED);

    @Test
    void dueDatesCountFromTheStartDateOrTheLastDayAndTheOwnerIsTheDepartmentUnlessSet() {
        ChecklistSettings settings = new ChecklistSettings(List.of(ACCOUNTS, CONTRACT), List.of(DEVICES));
        LocalDate start = LocalDate.of(2026, 3, 2);

        assertThat(settings.tasksFor(ChecklistKind.ONBOARDING, start)).containsExactly(
                new ChecklistTask("accounts", "Accounts", ChecklistDepartment.IT, ChecklistDepartment.IT, -3,
                        LocalDate.of(2026, 2, 27), null),
                new ChecklistTask("contract", "Contract", ChecklistDepartment.HR, ChecklistDepartment.HR, -14,
                        LocalDate.of(2026, 2, 16), null));
        assertThat(settings.tasksFor(ChecklistKind.OFFBOARDING, start)).containsExactly(
                new ChecklistTask("devices", "Devices returned", ChecklistDepartment.IT, ChecklistDepartment.IT, 0, start,
                        AutomaticCompletion.DEVICES_RETURNED));
    }

    @Test
    void noListMeansNoChecklist() {
        assertThat(new ChecklistSettings(null, null).tasksFor(ChecklistKind.ONBOARDING, LocalDate.now())).isEmpty();
    }

    @Test
    void aWrongTemplateStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> new ChecklistSettings(List.of(ACCOUNTS, ACCOUNTS), null))
                .hasMessage("backoffice.hr.checklists.onboarding[1].key accounts is used twice");
        assertThatThrownBy(() -> new ChecklistSettings(null, List.of(new TaskTemplate("Bad Key", "x", ChecklistDepartment.HR, null, 0, null))))
                .hasMessageStartingWith("backoffice.hr.checklists.offboarding[0].key must be");
        assertThatThrownBy(() -> new ChecklistSettings(List.of(new TaskTemplate("a", " ", ChecklistDepartment.HR, null, 0, null)), null))
                .hasMessageContaining(".title must be given");
        assertThatThrownBy(() -> new ChecklistSettings(List.of(new TaskTemplate("a", "A", null, null, 0, null)), null))
                .hasMessageContaining(".department must be");
        assertThatThrownBy(() -> new ChecklistSettings(List.of(new TaskTemplate("a", "A", ChecklistDepartment.HR, null, null, null)), null))
                .hasMessageContaining(".due-days must be given");
    }
}
