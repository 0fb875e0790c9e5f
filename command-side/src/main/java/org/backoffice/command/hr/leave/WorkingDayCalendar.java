package org.backoffice.command.hr.leave;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The working days between two dates: Monday to Friday, less the public holidays of the
 * company's German state, as the Jollyday library (de.focus-shift:jollyday, its Holidays_de.xml:
 * the national holidays and those of each Land, e.g. Fronleichnam in NW and BY, Reformationstag
 * in the eastern states) computes them for any year.
 */
@Component
public class WorkingDayCalendar {

    private static final Set<String> STATES = Set.of("bw", "by", "be", "bb", "hb", "hh", "he", "mv", "ni", "nw", "rp",
            "sl", "sn", "st", "sh", "th");

    private final HolidayManager holidays;
    private final String state;

    public WorkingDayCalendar(LeaveSettings settings) {
        this.state = settings.state().toLowerCase(Locale.ROOT);
        if (!STATES.contains(state)) {
            throw new IllegalArgumentException("backoffice.hr.leave.state must be a German state's code (" + STATES
                    + "), not " + settings.state());
        }
        this.holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));
    }

    /** The public holidays between the dates (inclusive). */
    public Set<LocalDate> holidays(LocalDate from, LocalDate to) {
        return holidays.getHolidays(from, to, HolidayType.PUBLIC_HOLIDAY, state).stream().map(Holiday::getDate)
                .collect(Collectors.toSet());
    }

    /** The working days from first to last (inclusive), in order. */
    public List<LocalDate> workingDays(LocalDate first, LocalDate last) {
        Set<LocalDate> off = holidays(first, last);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !off.contains(d)) {
                days.add(d);
            }
        }
        return days;
    }
}
