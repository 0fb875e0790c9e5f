package org.backoffice.command.it.licence;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.command.hr.employment.InMemoryEmployeeDirectory;
import org.backoffice.command.it.asset.AssetDirectory;
import org.backoffice.command.it.licence.LicenceCommands.AssignLicenceSeatCommand;
import org.backoffice.command.it.licence.LicenceCommands.ChangeLicenceSeatsCommand;
import org.backoffice.command.it.licence.LicenceCommands.RegisterLicenceCommand;
import org.backoffice.command.it.licence.LicenceCommands.ReleaseLicenceSeatCommand;
import org.backoffice.command.it.licence.LicenceCommands.RenewLicenceCommand;
import org.backoffice.events.common.Money;
import org.backoffice.events.it.BillingPeriod;
import org.backoffice.events.it.LicenceRegisteredEvent;
import org.backoffice.events.it.LicenceRenewalDueEvent;
import org.backoffice.events.it.LicenceRenewedEvent;
import org.backoffice.events.it.LicenceSeatAssignedEvent;
import org.backoffice.events.it.LicenceSeatReleasedEvent;
import org.backoffice.events.it.LicenceSeatsChangedEvent;
import org.backoffice.events.it.ReturnCause;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

class LicenceTest {

    private static final UUID ID = UUID.randomUUID();
    private static final UUID ADA = UUID.randomUUID();
    private static final UUID BOB = UUID.randomUUID();
    private static final UUID GONE = UUID.randomUUID();
    private static final UUID LAPTOP = UUID.randomUUID();
    private static final LocalDate RENEWAL = LocalDate.of(2027, 3, 1);
    private AggregateTestFixture<Licence> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Licence.class);
        Money salary = Money.of("1", "EUR");
        fixture.registerInjectableResource(new InMemoryEmployeeDirectory()
                .add(ADA, LocalDate.of(2020, 1, 1), null, "ada@x", salary)
                .add(BOB, LocalDate.of(2020, 1, 1), null, "bob@x", salary)
                .add(GONE, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 31), "gone@x", salary));
        fixture.registerInjectableResource(new AssetDirectory() {
            @Override
            public Optional<UUID> holderOfSerial(String serialNumber) {
                return Optional.empty();
            }

            @Override
            public List<UUID> assetsHeldBy(UUID employeeId) {
                return List.of();
            }

            @Override
            public boolean inService(UUID assetId) {
                return assetId.equals(LAPTOP);
            }
        });
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC));
    }

    private static LicenceRegisteredEvent registered(int seats) {
        return new LicenceRegisteredEvent(ID, "JetBrains All Products", "JetBrains", seats, Money.of("77.90", "EUR"),
                BillingPeriod.MONTHLY, RENEWAL, 30);
    }

    @Test
    void aLicenceIsRemindedOfItsRenewalReminderDaysBefore() {
        fixture.givenNoPriorActivity()
                .when(new RegisterLicenceCommand(ID, "JetBrains All Products", "JetBrains", 2, Money.of("77.90", "EUR"),
                        BillingPeriod.MONTHLY, RENEWAL, 30))
                .expectEvents(registered(2))
                .expectScheduledDeadlineWithName(Instant.parse("2027-01-30T00:00:00Z"), Licence.RENEWAL_REMINDER);
    }

    @Test
    void theReminderRecordsThatTheRenewalIsDue() {
        fixture.givenCommands(new RegisterLicenceCommand(ID, "JetBrains All Products", "JetBrains", 2, Money.of("77.90", "EUR"),
                        BillingPeriod.MONTHLY, RENEWAL, 30))
                .whenTimeAdvancesTo(Instant.parse("2027-01-30T00:00:01Z"))
                .expectEvents(new LicenceRenewalDueEvent(ID, RENEWAL));
    }

    @Test
    void aRenewalMovesTheReminderToTheNextRenewal() {
        LocalDate next = RENEWAL.plusYears(1);
        fixture.givenCommands(new RegisterLicenceCommand(ID, "JetBrains All Products", "JetBrains", 2, Money.of("77.90", "EUR"),
                        BillingPeriod.MONTHLY, RENEWAL, 30)).when(new RenewLicenceCommand(ID, next))
                .expectEvents(new LicenceRenewedEvent(ID, RENEWAL, next))
                .expectScheduledDeadlineWithName(next.minusDays(30).atStartOfDay(ZoneOffset.UTC).toInstant(), Licence.RENEWAL_REMINDER);
        fixture.given(registered(2)).when(new RenewLicenceCommand(ID, RENEWAL))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("the next renewal must come after the current one (2027-03-01)");
    }

    @Test
    void neverMoreSeatsAssignedThanBought() {
        fixture.given(registered(2), new LicenceSeatAssignedEvent(ID, ADA, null), new LicenceSeatAssignedEvent(ID, null, LAPTOP))
                .when(new AssignLicenceSeatCommand(ID, BOB, null))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("JetBrains All Products has all its 2 seats assigned: buy more seats or release one");
        fixture.given(registered(2), new LicenceSeatAssignedEvent(ID, ADA, null))
                .when(new AssignLicenceSeatCommand(ID, BOB, null))
                .expectEvents(new LicenceSeatAssignedEvent(ID, BOB, null));
        fixture.given(registered(2), new LicenceSeatAssignedEvent(ID, ADA, null))
                .when(new AssignLicenceSeatCommand(ID, ADA, null)).expectNoEvents();
    }

    @Test
    void seatsCannotBeCutBelowThoseAssigned() {
        fixture.given(registered(2), new LicenceSeatAssignedEvent(ID, ADA, null), new LicenceSeatAssignedEvent(ID, BOB, null))
                .when(new ChangeLicenceSeatsCommand(ID, 1))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("JetBrains All Products has 2 seats assigned: release some before buying only 1");
        fixture.given(registered(2), new LicenceSeatAssignedEvent(ID, ADA, null))
                .when(new ChangeLicenceSeatsCommand(ID, 1)).expectEvents(new LicenceSeatsChangedEvent(ID, 1));
    }

    @Test
    void onlyActiveEmployeesAndDevicesInServiceGetASeat() {
        fixture.given(registered(2)).when(new AssignLicenceSeatCommand(ID, GONE, null))
                .expectException(CommandRejectedException.class).expectExceptionMessage("employee " + GONE + " is not an active employee");
    }

    @Test
    void aSeatComesBackFromItsHolderOnly() {
        fixture.given(registered(2), new LicenceSeatAssignedEvent(ID, null, LAPTOP))
                .when(new ReleaseLicenceSeatCommand(ID, LAPTOP, ReturnCause.DEVICE_RETIRED, "old", true))
                .expectEvents(new LicenceSeatReleasedEvent(ID, null, LAPTOP, ReturnCause.DEVICE_RETIRED, "old"));
        fixture.given(registered(2)).when(new ReleaseLicenceSeatCommand(ID, ADA, ReturnCause.OFFBOARDING, null, true)).expectNoEvents();
        fixture.given(registered(2)).when(new ReleaseLicenceSeatCommand(ID, ADA, ReturnCause.RETURNED, null, false))
                .expectException(CommandRejectedException.class);
    }
}
