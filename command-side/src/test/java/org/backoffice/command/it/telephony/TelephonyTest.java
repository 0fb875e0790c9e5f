package org.backoffice.command.it.telephony;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.command.common.InvalidRequestException;
import org.backoffice.command.hr.employment.InMemoryEmployeeDirectory;
import org.backoffice.command.it.asset.AssetDirectory;
import org.backoffice.command.it.telephony.TelephonyCommands.AssignPhoneNumberCommand;
import org.backoffice.command.it.telephony.TelephonyCommands.CreateNumberBlockCommand;
import org.backoffice.command.it.telephony.TelephonyCommands.ReleasePhoneNumberCommand;
import org.backoffice.events.common.Money;
import org.backoffice.events.it.NumberBlockCreatedEvent;
import org.backoffice.events.it.NumberBlockKind;
import org.backoffice.events.it.PhoneNumberAssignedEvent;
import org.backoffice.events.it.PhoneNumberReleasedEvent;
import org.backoffice.events.it.ReturnCause;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TelephonyTest {

    private static final UUID BLOCK = UUID.randomUUID();
    private static final UUID KEN = UUID.randomUUID();
    private static final UUID GONE = UUID.randomUUID();
    private static final UUID PHONE = UUID.randomUUID();
    private final List<TelephonyDirectory.BlockEntry> blocks = new ArrayList<>();
    private final TelephonyDirectory directory = new TelephonyDirectory() {
        @Override
        public Optional<BlockEntry> block(UUID blockId) {
            return blocks.stream().filter(b -> b.blockId().equals(blockId)).findFirst();
        }

        @Override
        public Optional<BlockEntry> overlapping(long first, long last, UUID blockId) {
            return blocks.stream().filter(b -> !b.blockId().equals(blockId) && b.first() <= last && first <= b.last()).findFirst();
        }

        @Override
        public List<UUID> numbersHeldBy(UUID holder) {
            return List.of();
        }
    };
    private AggregateTestFixture<NumberBlock> blockFixture;
    private AggregateTestFixture<PhoneNumber> numberFixture;

    @BeforeEach
    void setUp() {
        blockFixture = new AggregateTestFixture<>(NumberBlock.class);
        blockFixture.registerInjectableResource(directory);
        numberFixture = new AggregateTestFixture<>(PhoneNumber.class);
        numberFixture.registerInjectableResource(directory);
        Money salary = Money.of("1", "EUR");
        numberFixture.registerInjectableResource(new InMemoryEmployeeDirectory()
                .add(KEN, LocalDate.of(2020, 1, 1), null, "ken@x", salary)
                .add(GONE, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 31), "gone@x", salary));
        numberFixture.registerInjectableResource(new AssetDirectory() {
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
                return assetId.equals(PHONE);
            }
        });
        numberFixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void numbersAreReadInAnyUsualSpellingAndKeptInE164() {
        assertThat(NumberPlan.external("n", "+49 30 1234-5600", "DE")).isEqualTo("+493012345600");
        assertThat(NumberPlan.external("n", "030 12345600", "DE")).isEqualTo("+493012345600");
        assertThat(NumberPlan.external("n", "(0)89 2019 3400", "DE")).isEqualTo("+4989201934 00".replace(" ", ""));
        assertThat(NumberPlan.display("+493012345600")).isEqualTo("+49 30 12345600");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+49 123", "12345", "+1 555 0100", "phone", "+49 30 1234 5600 ext. 7", "+999 1234567"})
    void anInvalidNumberIsRefused(String number) {
        assertThatThrownBy(() -> NumberPlan.external("number", number, "DE")).isInstanceOf(InvalidRequestException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "01", "1", "1234567", "2a", "-20"})
    void anExtensionIsTwoToSixDigitsNotStartingWithZero(String extension) {
        assertThatThrownBy(() -> NumberPlan.extension("number", extension)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aBlockCountsUpFromItsFirstNumber() {
        blockFixture.givenNoPriorActivity().when(new CreateNumberBlockCommand(BLOCK, "Berlin DDI", NumberBlockKind.EXTERNAL, "+493012345600", 100))
                .expectEvents(new NumberBlockCreatedEvent(BLOCK, "Berlin DDI", NumberBlockKind.EXTERNAL, "+493012345600", "+493012345699", 100));
    }

    @Test
    void aBlockMayNotRunIntoNumbersOfAnotherLength() {
        blockFixture.givenNoPriorActivity().when(new CreateNumberBlockCommand(BLOCK, "Ext", NumberBlockKind.EXTENSIONS, "950", 100))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("a block of 100 from 950 would run into numbers of another length (1049)");
    }

    @Test
    void blocksDoNotOverlap() {
        blocks.add(new TelephonyDirectory.BlockEntry(UUID.randomUUID(), "Extensions", NumberBlockKind.EXTENSIONS, 200, 299));
        blockFixture.givenNoPriorActivity().when(new CreateNumberBlockCommand(BLOCK, "More", NumberBlockKind.EXTENSIONS, "250", 100))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("250 to 349 overlaps the block \"Extensions\" (200 to 299)");
    }

    private void berlin() {
        blocks.add(new TelephonyDirectory.BlockEntry(BLOCK, "Berlin DDI", NumberBlockKind.EXTERNAL, 493012345600L, 493012345699L));
    }

    private static AssignPhoneNumberCommand assign(String number, UUID employee, UUID asset) {
        return new AssignPhoneNumberCommand(NumberPlan.numberId(number), BLOCK, number, employee, asset);
    }

    @Test
    void aNumberOfTheBlockGoesToAnActiveEmployeeOrADeviceInService() {
        berlin();
        numberFixture.givenNoPriorActivity().when(assign("+493012345642", KEN, null))
                .expectEvents(new PhoneNumberAssignedEvent(NumberPlan.numberId("+493012345642"), BLOCK, "+493012345642", KEN, null));
    }

    @Test
    void aNumberOutsideTheBlockIsRefused() {
        berlin();
        numberFixture.givenNoPriorActivity().when(assign("+493012345700", KEN, null))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("+493012345700 lies outside the block \"Berlin DDI\" (+493012345600 to +493012345699)");
    }

    @Test
    void aFormerEmployeeOrARetiredDeviceGetsNoNumber() {
        berlin();
        numberFixture.givenNoPriorActivity().when(assign("+493012345642", GONE, null))
                .expectException(CommandRejectedException.class).expectExceptionMessage("employee " + GONE + " is not an active employee");
    }

    @Test
    void aRetiredDeviceGetsNoNumber() {
        berlin();
        UUID retired = UUID.randomUUID();
        numberFixture.givenNoPriorActivity().when(assign("+493012345642", null, retired))
                .expectException(CommandRejectedException.class).expectExceptionMessage("device " + retired + " does not exist or is retired");
    }

    @Test
    void aNumberIsHeldByOneHolderAtATimeAndComesBackOnlyFromItsHolder() {
        berlin();
        UUID id = NumberPlan.numberId("+493012345642");
        PhoneNumberAssignedEvent held = new PhoneNumberAssignedEvent(id, BLOCK, "+493012345642", KEN, null);
        numberFixture.given(held).when(assign("+493012345642", null, PHONE))
                .expectException(CommandRejectedException.class).expectExceptionMessage("+493012345642 is already assigned to employee " + KEN);
        numberFixture.given(held).when(assign("+493012345642", KEN, null)).expectNoEvents();
        numberFixture.given(held).when(new ReleasePhoneNumberCommand(id, null, ReturnCause.DEVICE_RETIRED, "old", PHONE)).expectNoEvents();
        numberFixture.given(held).when(new ReleasePhoneNumberCommand(id, null, ReturnCause.OFFBOARDING, "last day", KEN))
                .expectEvents(new PhoneNumberReleasedEvent(id, BLOCK, "+493012345642", KEN, null, ReturnCause.OFFBOARDING, "last day"));
        numberFixture.given(held, new PhoneNumberReleasedEvent(id, BLOCK, "+493012345642", KEN, null, ReturnCause.RETURNED, null))
                .when(new ReleasePhoneNumberCommand(id, BLOCK, ReturnCause.RETURNED, null, null))
                .expectException(CommandRejectedException.class).expectExceptionMessage("+493012345642 is not assigned");
    }
}
