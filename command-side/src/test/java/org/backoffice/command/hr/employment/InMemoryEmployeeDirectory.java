package org.backoffice.command.hr.employment;

import org.backoffice.events.common.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The directory as the tests set it up, instead of the JDBC tables. */
public class InMemoryEmployeeDirectory implements EmployeeDirectory {

    private final Map<UUID, Entry> entries = new LinkedHashMap<>();
    private final Map<UUID, String> emails = new HashMap<>();

    public InMemoryEmployeeDirectory add(UUID id, LocalDate hiredOn, LocalDate lastDay, String email, Money salary) {
        entries.put(id, new Entry(id, hiredOn, lastDay, new ArrayList<>(List.of(new SalaryStep(hiredOn, salary)))));
        emails.put(id, email);
        return this;
    }

    public InMemoryEmployeeDirectory changeSalary(UUID id, LocalDate from, Money salary) {
        entries.get(id).salaries().add(new SalaryStep(from, salary));
        return this;
    }

    @Override
    public Optional<Entry> find(UUID employeeId) {
        return Optional.ofNullable(entries.get(employeeId));
    }

    @Override
    public Optional<UUID> activeHolderOfEmail(String email, LocalDate day, UUID except) {
        return emails.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().equalsIgnoreCase(email.strip()))
                .map(Map.Entry::getKey)
                .filter(id -> !id.equals(except))
                .filter(id -> entries.get(id).lastDay() == null || !entries.get(id).lastDay().isBefore(day))
                .findFirst();
    }

    @Override
    public List<Entry> employedBetween(LocalDate from, LocalDate to) {
        return entries.values().stream()
                .filter(e -> !e.hiredOn().isAfter(to) && (e.lastDay() == null || !e.lastDay().isBefore(from)))
                .toList();
    }
}
