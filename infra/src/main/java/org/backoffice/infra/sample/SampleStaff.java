package org.backoffice.infra.sample;

import org.backoffice.command.hr.checklist.ChecklistCommands;
import org.backoffice.command.hr.checklist.ChecklistSettings;
import org.backoffice.command.hr.employment.Commands;
import org.backoffice.command.hr.leave.LeaveAccount;
import org.backoffice.command.hr.leave.LeaveCommands;
import org.backoffice.command.hr.leave.WorkingDayCalendar;
import org.backoffice.command.hr.recruiting.RecruitingCommands;
import org.backoffice.events.hr.ChecklistKind;
import org.backoffice.events.hr.DisciplinaryLevel;
import org.backoffice.events.hr.LeaveType;
import org.backoffice.events.hr.Recommendation;
import org.backoffice.events.hr.TerminationGrounds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * HR's year: about 25 employees in five departments, hired over the years before, a few during
 * it; a raise round each January, transfers and a promotion, leave and sickness, a disciplinary
 * record that ends in a dismissal for conduct, a resignation; and what HR does today: the review
 * round, two conflict cases, the open positions with their applicants in every stage.
 */
final class SampleStaff {

    static final String MANAGEMENT = "Management";
    static final String SALES = "Sales";
    static final String ENGINEERING = "Engineering";
    static final String SERVICE = "Field Service";
    static final String FINANCE = "Finance & HR";

    private record Role(String department, String title, int lo, int hi, boolean head) {
    }

    private static final List<Role> ROLES = List.of(
            new Role(MANAGEMENT, "Managing director", 9800, 11500, true),
            new Role(MANAGEMENT, "Executive assistant", 3600, 4200, false),
            new Role(SALES, "Head of sales", 7200, 8200, true),
            new Role(SALES, "Key account manager", 4800, 5900, false),
            new Role(SALES, "Key account manager", 4800, 5900, false),
            new Role(SALES, "Key account manager", 4800, 5900, false),
            new Role(SALES, "Sales engineer", 5000, 6000, false),
            new Role(SALES, "Sales assistant", 3200, 3700, false),
            new Role(ENGINEERING, "Head of engineering", 8000, 9200, true),
            new Role(ENGINEERING, "Senior project engineer", 6300, 7200, false),
            new Role(ENGINEERING, "Senior project engineer", 6300, 7200, false),
            new Role(ENGINEERING, "Project engineer", 4700, 5700, false),
            new Role(ENGINEERING, "Project engineer", 4700, 5700, false),
            new Role(ENGINEERING, "Project engineer", 4700, 5700, false),
            new Role(ENGINEERING, "Building automation developer", 5300, 6100, false),
            new Role(ENGINEERING, "CAD technician", 4000, 4600, false),
            new Role(ENGINEERING, "Junior project engineer", 4100, 4500, false),
            new Role(SERVICE, "Head of field service", 5300, 6000, true),
            new Role(SERVICE, "Service technician", 3400, 4100, false),
            new Role(SERVICE, "Service technician", 3400, 4100, false),
            new Role(SERVICE, "Service technician", 3400, 4100, false),
            new Role(SERVICE, "Service technician", 3400, 4100, false),
            new Role(FINANCE, "Head of finance and HR", 6600, 7400, true),
            new Role(FINANCE, "Accountant", 4000, 4700, false),
            new Role(FINANCE, "HR generalist", 3900, 4500, false),
            new Role(FINANCE, "Office manager", 3300, 3800, false));

    /** An employee as the sample plans and tells them. */
    static final class Employee {
        final UUID id;
        final String first;
        final String last;
        final boolean woman;
        String department;
        String title;
        final LocalDate start;
        BigDecimal salary;
        UUID manager;
        final boolean head;
        LocalDate lastDay;
        boolean hired;
        final Map<Integer, BigDecimal> annualTaken = new HashMap<>();
        final Set<YearMonth> busy = new HashSet<>();

        Employee(UUID id, String first, String last, boolean woman, Role role, LocalDate start, BigDecimal salary) {
            this.id = id;
            this.first = first;
            this.last = last;
            this.woman = woman;
            this.department = role.department();
            this.title = role.title();
            this.start = start;
            this.salary = salary;
            this.head = role.head();
        }

        String name() {
            return first + " " + last;
        }

        boolean employedThroughout(YearMonth m) {
            return hired && !start.isAfter(m.atDay(1)) && (lastDay == null || !lastDay.isBefore(m.atEndOfMonth()));
        }

        boolean activeOn(LocalDate day) {
            return hired && !start.isAfter(day) && (lastDay == null || !lastDay.isBefore(day));
        }
    }

    private final Sample s;
    private final String domain;
    final List<Employee> staff = new ArrayList<>();
    private final Set<String> usedNames = new HashSet<>();
    private final int length;
    private Employee conductLeaver;
    private Employee resigner;
    private Employee transferred;
    private Employee promoted;
    private Employee warned;
    private Employee parent;
    private UUID warningToWithdraw;

    private final WorkingDayCalendar calendar;

    SampleStaff(Sample s, String domain, WorkingDayCalendar calendar) {
        this.s = s;
        this.calendar = calendar;
        this.domain = domain;
        this.length = s.months().size();
    }

    private YearMonth at(int offset) {
        return s.first.plusMonths(Math.max(0, Math.min(offset, length - 1)));
    }

    private Employee head(String department) {
        return staff.stream().filter(e -> e.head && e.department.equals(department)).findFirst().orElseThrow();
    }

    /** Plans everyone: names, start dates and salaries; four start during the history. */
    void plan() {
        LocalDate before = s.first.atDay(1).minusMonths(2);
        for (Role role : ROLES) {
            boolean woman = s.chance(0.45);
            String first;
            String last;
            int tries = 0;
            do {
                first = s.pick(woman ? SampleNames.WOMEN : SampleNames.MEN);
                last = s.pick(SampleNames.LAST);
                tries++;
            } while (usedNames.contains(last) || (usedNames.contains(first) && tries < 50));
            usedNames.add(first);
            usedNames.add(last);
            LocalDate start;
            if (role.title().equals("Managing director")) {
                start = LocalDate.of(before.getYear() - 13, 4, 1);
            } else if (role.head()) {
                start = LocalDate.of(before.getYear() - s.between(7, 11), s.between(1, 12), 1);
            } else {
                start = LocalDate.of(before.getYear() - s.between(0, 6), s.between(1, 12), s.chance(0.8) ? 1 : 15);
                if (start.isAfter(before)) {
                    start = before.withDayOfMonth(1);
                }
            }
            staff.add(new Employee(s.id(), first, last, woman, role, start,
                    s.euros(role.lo(), role.hi(), 50)));
        }
        // Started during the history: a key account manager, a project engineer, the junior, a technician.
        int[] offsets = {2, 7, 13, 16};
        int[] who = {5, 13, 16, 21};
        for (int i = 0; i < who.length; i++) {
            if (offsets[i] < length - 1) {
                Employee e = staff.get(who[i]);
                Employee hiredLater = new Employee(e.id, e.first, e.last, e.woman,
                        ROLES.get(who[i]), at(offsets[i]).atDay(1), e.salary);
                staff.set(who[i], hiredLater);
            }
        }
        conductLeaver = staff.get(19);
        resigner = staff.get(12);
        transferred = staff.get(20);
        promoted = staff.get(11);
        warned = staff.get(4);
        parent = staff.stream().filter(e -> e.woman && !e.head && e != conductLeaver && e != resigner && e.start.isBefore(s.first.atDay(1)))
                .findFirst().orElse(null);
        for (Employee e : staff) {
            if (!e.head) {
                e.manager = head(e.department).id;
            } else if (!e.title.equals("Managing director")) {
                e.manager = staff.get(0).id;
            }
        }
    }

    /** Those employed before the history starts, managers first. */
    void hireBefore() {
        for (Employee e : staff) {
            if (e.start.isBefore(s.first.atDay(1))) {
                hire(e);
            }
        }
    }

    private void hire(Employee e) {
        s.send(Sample.HR, new Commands.HireEmployeeCommand(e.id, null, e.first, e.last, SampleNames.email(e.first, e.last, domain),
                e.department, e.title, e.start, Sample.eur(e.salary), e.manager));
        String[] bank = s.pick(SampleNames.BANKS);
        s.send(Sample.HR, new Commands.SetEmployeeBankDetailsCommand(e.id,
                SampleNames.germanIban(bank[0], s.between(100_000_000, 999_999_999)), bank[1]));
        e.hired = true;
    }

    /** Those who start in the month (to be equipped by IT). */
    List<Employee> startingIn(YearMonth m) {
        return staff.stream().filter(e -> !e.hired && YearMonth.from(e.start).equals(m)).toList();
    }

    /** The month's hires, raises, moves, warnings, leave and the last days falling in it. */
    void month(YearMonth m) {
        int offset = s.months().indexOf(m);
        for (Employee e : startingIn(m)) {
            hire(e);
        }
        if (m.getMonthValue() == 1) {
            for (Employee e : staff) {
                if (e.hired && e.start.isBefore(m.atDay(1).minusMonths(6)) && e.lastDay == null && s.chance(0.7)) {
                    BigDecimal raise = e.salary.multiply(BigDecimal.valueOf(s.between(20, 60), 3)).setScale(-1, RoundingMode.HALF_UP);
                    e.salary = e.salary.add(raise).setScale(2, RoundingMode.UNNECESSARY);
                    s.send(Sample.HR, new Commands.ChangeSalaryCommand(e.id, Sample.eur(e.salary), m.atDay(1)));
                }
            }
        }
        if (offset == length - 9 || (length < 9 && offset == 1)) {
            // A technician moves into sales, reporting to its head, for more pay.
            Employee e = transferred;
            e.department = SALES;
            e.title = "Key account manager";
            e.manager = head(SALES).id;
            s.send(Sample.HR, new Commands.TransferEmployeeCommand(e.id, e.department, e.title, e.manager, m.atDay(1)));
            e.salary = e.salary.add(new BigDecimal("650.00"));
            s.send(Sample.HR, new Commands.ChangeSalaryCommand(e.id, Sample.eur(e.salary), m.atDay(1)));
        }
        if (offset == length - 5) {
            Employee e = promoted;
            e.title = "Senior project engineer";
            s.send(Sample.HR, new Commands.TransferEmployeeCommand(e.id, e.department, e.title, e.manager, m.atDay(1)));
            e.salary = e.salary.add(new BigDecimal("800.00"));
            s.send(Sample.HR, new Commands.ChangeSalaryCommand(e.id, Sample.eur(e.salary), m.atDay(1)));
        }
        discipline(m, offset);
        for (Employee e : staff) {
            if (e.hired) {
                leave(e, m);
            }
        }
        if (offset == length - 6) {
            conductLeaver.lastDay = m.atEndOfMonth();
            s.send(Sample.HR, new Commands.TerminateEmployeeCommand(conductLeaver.id, conductLeaver.lastDay,
                    "Ordentliche verhaltensbedingte Kündigung nach Abmahnung wegen wiederholt unentschuldigten Fehlens",
                    TerminationGrounds.CONDUCT));
        }
        if (offset == length - 3) {
            resigner.lastDay = m.atEndOfMonth();
            s.send(Sample.HR, new Commands.TerminateEmployeeCommand(resigner.id, resigner.lastDay,
                    "Eigenkündigung: Wechsel zu einem Planungsbüro in Düsseldorf", TerminationGrounds.RESIGNATION));
        }
    }

    private void discipline(YearMonth m, int offset) {
        if (offset == length - 11 || (length - 11 < 0 && offset == 0)) {
            s.send(Sample.HR, new Commands.RecordDisciplinaryActionCommand(conductLeaver.id, s.id(), DisciplinaryLevel.VERBAL_WARNING,
                    "Zweimal ohne Entschuldigung nicht zum Kundentermin erschienen; Ermahnungsgespräch mit der Teamleitung",
                    Sample.workday(m, 12)));
        }
        if (offset == length - 8) {
            s.send(Sample.HR, new Commands.RecordDisciplinaryActionCommand(conductLeaver.id, s.id(), DisciplinaryLevel.WRITTEN_WARNING,
                    "Abmahnung: erneut unentschuldigt gefehlt (zwei Arbeitstage), Kunde ohne Information versetzt",
                    Sample.workday(m, 9)));
        }
        if (offset == length - 4) {
            warningToWithdraw = s.id();
            s.send(Sample.HR, new Commands.RecordDisciplinaryActionCommand(warned.id, warningToWithdraw, DisciplinaryLevel.VERBAL_WARNING,
                    "Angebot ohne Freigabe mit 18 % Rabatt an einen Kunden verschickt", Sample.workday(m, 20)));
        }
        if (offset == length - 2 && warningToWithdraw != null) {
            s.send(Sample.HR, new Commands.WithdrawDisciplinaryActionCommand(warned.id, warningToWithdraw,
                    "Rabatt war mündlich von der Vertriebsleitung freigegeben; Ermahnung gegenstandslos"));
        }
    }

    /** The month's leave of one employee: at most one absence a month, so none overlap. */
    private void leave(Employee e, YearMonth m) {
        if (parent == e && (m.equals(at(length - 8)) || m.equals(at(length - 7)))) {
            if (m.equals(at(length - 8))) {
                YearMonth next = m.plusMonths(1);
                request(e, LeaveType.PARENTAL, m.atDay(1), next.atEndOfMonth(), "Elternzeit", true);
                e.busy.add(next);
            }
            e.busy.add(m);
            return;
        }
        if (e.busy.contains(m)) {
            return;
        }
        LocalDate from = m.atDay(1);
        LocalDate to = m.atEndOfMonth();
        if (!e.start.isBefore(from) || (e.lastDay != null && e.lastDay.isBefore(to))) {
            return; // a month with a first or last day: nothing planned in it
        }
        int year = m.getYear();
        int month = m.getMonthValue();
        double p = month == 7 || month == 8 ? 0.45 : month == 12 || month == 1 ? 0 : 0.14;
        BigDecimal allowance = BigDecimal.valueOf(e.start.getYear() == year ? (12 - e.start.getMonthValue()) * 2 - 5 : 24);
        if (e == resigner && year == at(length - 3).getYear()) {
            allowance = BigDecimal.valueOf(5); // leaves with days untaken: they are paid out with the final pay
        }
        BigDecimal taken = e.annualTaken.getOrDefault(year, BigDecimal.ZERO);
        if (s.chance(p)) {
            boolean twoWeeks = (month == 7 || month == 8) && s.chance(0.6);
            int days = twoWeeks ? 10 : 5;
            if (taken.add(BigDecimal.valueOf(days)).compareTo(allowance) <= 0) {
                LocalDate first = Sample.monday(m, s.between(0, twoWeeks ? 1 : 2));
                LocalDate last = first.plusDays(twoWeeks ? 11 : 4);
                request(e, LeaveType.ANNUAL, first, last, twoWeeks ? "Sommerurlaub" : null, true);
                e.annualTaken.put(year, taken.add(BigDecimal.valueOf(days)));
                e.busy.add(m);
                return;
            }
        }
        if (s.chance(0.09)) {
            // Ill from a working day for one to four working days, within the month.
            List<LocalDate> working = calendar.workingDays(m.atDay(s.between(1, 20)), m.atEndOfMonth());
            int days = Math.min(s.between(1, 4), working.size());
            if (days > 0) {
                request(e, LeaveType.SICK, working.get(0), working.get(days - 1), null, false);
                e.busy.add(m);
            }
        }
    }

    private UUID request(Employee e, LeaveType type, LocalDate first, LocalDate last, String note, boolean approve) {
        UUID leave = s.id();
        s.send(Sample.HR, new LeaveCommands.RequestLeaveCommand(e.id, leave, type, first, last, note));
        if (approve) {
            s.send(Sample.HR, new LeaveCommands.ApproveLeaveCommand(e.id, leave));
        }
        return leave;
    }

    /** Before the month's payroll: every termination whose last day fell in it has taken effect and settled the leave. */
    void awaitLastDays(YearMonth m) {
        for (Employee e : staff) {
            if (e.lastDay != null && YearMonth.from(e.lastDay).equals(m)) {
                s.awaitEvent(LeaveAccount.idOf(e.id), "LeaveAccountSettledEvent");
            }
        }
    }

    List<Employee> active() {
        return staff.stream().filter(e -> e.activeOn(s.today.minusDays(1))).toList();
    }

    // ---- today ----

    /** What HR records today: planned leave, last year's review round, conflicts, and recruiting. */
    void today() {
        List<Employee> active = active();
        // Leave planned for the coming months: two approved, two waiting for approval, one refused.
        int i = 0;
        for (Employee e : s.shuffled(active)) {
            if (i >= 5 || e == parent) {
                break;
            }
            YearMonth m = s.anchor.plusMonths(2 + i % 2);
            LocalDate first = Sample.monday(m, 1);
            UUID leave = request(e, LeaveType.ANNUAL, first, first.plusDays(4), null, i < 2);
            if (i == 4) {
                s.send(Sample.HR, new LeaveCommands.RefuseLeaveCommand(e.id, leave,
                        "Inbetriebnahme beim Kunden in dieser Woche; bitte eine Woche später"));
            }
            i++;
        }
        reviews(active);
        conflicts(active);
        recruiting();
    }

    private static final List<String> SUMMARIES = List.of(
            "Sehr verlässlich, Projekte termingerecht abgeschlossen; Ziel: Verantwortung für ein eigenes Kundenprojekt.",
            "Fachlich stark, Kommunikation mit Kunden noch ausbaufähig; Schulung Gesprächsführung vereinbart.",
            "Hat das Team in der Umstellung auf das neue Ticketsystem getragen; Ziele übererfüllt.",
            "Solide Leistung; Weiterbildung zur Fachkraft für Gebäudeautomation im nächsten Jahr.",
            "Gute Einarbeitung, zunehmend selbstständig; Mentoring wird fortgesetzt.",
            "Ziele weitgehend erreicht; Zeiterfassung und Dokumentation gemeinsam verbessern.");

    /** Last year's annual reviews, each by the employee's manager. */
    private void reviews(List<Employee> active) {
        String period = String.valueOf(s.first.getYear());
        for (Employee e : active) {
            if (e.manager != null && e.start.isBefore(s.first.plusMonths(6).atDay(1))
                    && staff.stream().anyMatch(m -> m.id.equals(e.manager) && active.contains(m))) {
                int rating = Math.min(5, Math.max(1, 3 + s.between(-1, 2)));
                s.send(Sample.HR, new Commands.RecordPerformanceReviewCommand(e.id, s.id(), period, rating, e.manager,
                        s.pick(SUMMARIES)));
            }
        }
    }

    /** Two conflict cases: one mediated and followed up, one agreed. Sessions are dated today (the domain refuses days before the case). */
    private void conflicts(List<Employee> active) {
        // A case records the day it was opened from its event's time (the wall clock), while a
        // session's day is checked against the application's Clock: on a Clock set back (as the
        // tests run) no day satisfies both, so the sessions are left out there.
        boolean sessions = !s.today.isBefore(LocalDate.now(ZoneOffset.UTC));
        List<Employee> engineers = active.stream().filter(e -> e.department.equals(ENGINEERING) && !e.head).toList();
        List<Employee> sales = active.stream().filter(e -> e.department.equals(SALES) && !e.head).toList();
        if (engineers.size() >= 2) {
            Employee a = engineers.get(0);
            Employee b = engineers.get(1);
            UUID id = s.id();
            s.send(Sample.HR, new Commands.OpenConflictCaseCommand(id, List.of(a.id, b.id),
                    "Streit um die Aufteilung der Bereitschaftsdienste im Projekt Klinikum"));
            s.send(Sample.HR, new Commands.AssignConflictMediatorCommand(id, staff.stream()
                    .filter(e -> e.department.equals(FINANCE) && e.title.equals("HR generalist")).findFirst().orElseThrow().id));
            UUID session = s.id();
            if (sessions) {
                s.send(Sample.HR, new Commands.RecordConflictSessionCommand(id, session, s.today, List.of(
                        new Commands.ConflictSessionNote(a.id, "Fühlt sich bei der Einteilung der Wochenenden übergangen."),
                        new Commands.ConflictSessionNote(b.id, "Sieht die Einteilung als fair, will aber eine feste Regel."))));
            }
            s.send(Sample.HR, new Commands.ScheduleConflictFollowUpCommand(id, s.id(), s.today.plusDays(14),
                    "Prüfen, ob der neue Bereitschaftsplan trägt"));
        }
        if (sales.size() >= 2) {
            Employee a = sales.get(0);
            Employee b = sales.get(sales.size() - 1);
            UUID id = s.id();
            s.send(Sample.HR, new Commands.OpenConflictCaseCommand(id, List.of(a.id, b.id),
                    "Uneinigkeit über die Zuständigkeit für einen Bestandskunden"));
            s.send(Sample.HR, new Commands.AssignConflictMediatorCommand(id, head(SALES).id));
            UUID session = s.id();
            if (sessions) {
                s.send(Sample.HR, new Commands.RecordConflictSessionCommand(id, session, s.today, List.of()));
            }
            s.send(Sample.HR, new Commands.ResolveConflictCaseCommand(id,
                    "Kundenbetreuung nach Postleitzahlgebieten aufgeteilt; Übergabe bis Monatsende"));
        }
    }

    /** Who was hired through recruiting today (starts next month). */
    UUID recruitedHire;

    /** Open positions with applicants in every stage: applied, interview, offer, hired, rejected, withdrawn. */
    private void recruiting() {
        Employee engineeringHead = head(ENGINEERING);
        Employee salesHead = head(SALES);
        Employee serviceHead = head(SERVICE);
        Employee md = staff.get(0);
        LocalDate startNext = s.anchor.plusMonths(1).atDay(1);

        UUID engineer = s.id();
        s.send(Sample.HR, new Commands.OpenPositionCommand(engineer, "Project engineer", ENGINEERING));
        applicant(engineer, "stepstone.de", List.of());
        applicant(engineer, "Empfehlung", List.of(engineeringHead, md)).interview(s.today.plusDays(3), false);
        Applicant offer = applicant(engineer, "LinkedIn", List.of(engineeringHead));
        offer.interview(s.today.minusDays(8), true);
        s.send(Sample.HR, new RecruitingCommands.MakeOfferCommand(offer.id, Sample.eur("5200.00"), startNext.plusMonths(1)));
        Applicant rejected = applicant(engineer, "Hochschule Köln", List.of(engineeringHead));
        rejected.interview(s.today.minusDays(10), false);
        s.send(Sample.HR, new RecruitingCommands.RejectApplicantCommand(rejected.id, "Erfahrung in der Gebäudeautomation fehlt"));
        Applicant withdrawn = applicant(engineer, "stepstone.de", List.of());
        s.send(Sample.HR, new RecruitingCommands.WithdrawApplicationCommand(withdrawn.id));

        UUID account = s.id();
        s.send(Sample.HR, new Commands.OpenPositionCommand(account, "Key account manager", SALES));
        Applicant early = applicant(account, "Initiativbewerbung", List.of());
        Applicant hired = applicant(account, "Indeed", List.of(salesHead, md));
        hired.interview(s.today.minusDays(14), true);
        s.send(Sample.HR, new RecruitingCommands.MakeOfferCommand(hired.id, Sample.eur("5100.00"), startNext));
        recruitedHire = s.send(Sample.HR, new RecruitingCommands.AcceptOfferCommand(hired.id));
        s.send(Sample.HR, new RecruitingCommands.RejectApplicantCommand(early.id, "Position besetzt"));

        UUID technician = s.id();
        s.send(Sample.HR, new Commands.OpenPositionCommand(technician, "Service technician", SERVICE));
        applicant(technician, "Agentur für Arbeit", List.of());
        applicant(technician, "Indeed", List.of(serviceHead)).interview(s.today.plusDays(6), false);

        UUID student = s.id();
        s.send(Sample.HR, new Commands.OpenPositionCommand(student, "Working student marketing", SALES));
        s.send(Sample.HR, new Commands.ClosePositionCommand(student));
    }

    private final class Applicant {
        final UUID id;
        final List<Employee> interviewers;

        Applicant(UUID id, List<Employee> interviewers) {
            this.id = id;
            this.interviewers = interviewers;
        }

        /** An interview on that day at ten; done ones with every interviewer's feedback. */
        Applicant interview(LocalDate day, boolean recommend) {
            UUID interview = s.id();
            s.send(Sample.HR, new RecruitingCommands.ScheduleInterviewCommand(id, interview,
                    day.atTime(10, 0).toInstant(ZoneOffset.UTC), interviewers.stream().map(e -> e.id).toList()));
            if (day.isBefore(s.today)) {
                for (Employee e : interviewers) {
                    s.send(Sample.HR, new RecruitingCommands.GiveInterviewFeedbackCommand(id, interview, e.id,
                            recommend ? Recommendation.HIRE : Recommendation.NO_HIRE,
                            recommend ? "Überzeugend im Fachgespräch, passt ins Team." : "Fachlich noch nicht so weit."));
                }
            }
            return this;
        }
    }

    private Applicant applicant(UUID position, String source, List<Employee> interviewers) {
        boolean woman = s.chance(0.45);
        String first = s.pick(woman ? SampleNames.WOMEN : SampleNames.MEN);
        String last = s.pick(SampleNames.LAST);
        UUID id = s.id();
        s.send(Sample.HR, new RecruitingCommands.ApplyCommand(id, position, first, last,
                SampleNames.email(first, last, "mail.example"), source));
        return new Applicant(id, interviewers);
    }

    // ---- checklists ----

    /**
     * The checklists the system opened (each hire's onboarding, each leaver's offboarding), their
     * tasks done by hand as each department does them: everyone's onboarding long done except the
     * latest hire's, whose IT tasks are still open; the leavers' remaining tasks done except one.
     */
    void checklists(ChecklistSettings settings, List<Employee> latestFirst) {
        Employee latest = latestFirst.isEmpty() ? null : latestFirst.get(0);
        for (Employee e : staff) {
            if (!e.hired) {
                continue;
            }
            UUID onboarding = ChecklistCommands.checklistIdOf(e.id, ChecklistKind.ONBOARDING);
            s.awaitEvent(onboarding, "ChecklistOpenedEvent");
            for (var task : settings.onboarding()) {
                if (task.automaticCompletion() != null || e == latest && task.department().name().equals("IT")) {
                    continue;
                }
                complete(onboarding, task, null);
            }
            if (e.lastDay != null) {
                UUID offboarding = ChecklistCommands.checklistIdOf(e.id, ChecklistKind.OFFBOARDING);
                s.awaitEvent(offboarding, "ChecklistOpenedEvent");
                for (var task : settings.offboarding()) {
                    if (task.automaticCompletion() == null && !(e == resigner && task.key().equals("deregistration"))) {
                        complete(offboarding, task, task.key().equals("exit-interview") ? "Gespräch geführt, Protokoll in der Personalakte" : null);
                    }
                }
            }
        }
    }

    private void complete(UUID checklist, ChecklistSettings.TaskTemplate task, String note) {
        var owner = task.ownerRole() != null ? task.ownerRole() : task.department();
        String user = switch (owner.name()) {
            case "HR" -> Sample.HR;
            case "ACCOUNTING" -> Sample.ACCOUNTING;
            case "IT" -> Sample.IT;
            default -> Sample.ADMIN;
        };
        s.send(user, new ChecklistCommands.CompleteChecklistTaskCommand(checklist, task.key(), user, Set.of(owner.name()), note));
    }
}
