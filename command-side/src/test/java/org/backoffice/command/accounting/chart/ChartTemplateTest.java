package org.backoffice.command.accounting.chart;

import org.axonframework.eventhandling.EventHandler;
import org.backoffice.command.accounting.ledger.Account;
import org.backoffice.command.accounting.ledger.AccountNumberRegistry;
import org.backoffice.command.accounting.ledger.LedgerContents;
import org.backoffice.command.accounting.tax.TaxCode;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.command.common.InMemoryAxon;
import org.backoffice.events.accounting.AccountGroups;
import org.backoffice.events.accounting.AccountOpenedEvent;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.TaxCodeDefinedEvent;
import org.backoffice.events.accounting.TaxRateVersionAddedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Setting up the ledger from SKR03 or SKR04, on a real Axon configuration with an in-memory store. */
class ChartTemplateTest {

    /** Records what the chart stores, in order. */
    static class Stored {
        final List<Object> events = new ArrayList<>();

        @EventHandler
        void on(AccountOpenedEvent e) {
            events.add(e);
        }

        @EventHandler
        void on(TaxCodeDefinedEvent e) {
            events.add(e);
        }

        @EventHandler
        void on(TaxRateVersionAddedEvent e) {
            events.add(e);
        }
    }

    private final Stored stored = new Stored();
    private final AtomicBoolean hasAccounts = new AtomicBoolean();
    private final Set<String> numbers = new HashSet<>();
    private InMemoryAxon axon;

    private InMemoryAxon start() {
        axon = InMemoryAxon.with(ChartOfAccounts.class, Account.class, TaxCode.class)
                .eventHandler(stored)
                .handler(c -> new ChartTemplateHandler(c.repository(ChartOfAccounts.class), c.repository(Account.class),
                        c.repository(TaxCode.class), number -> numbers.contains(number) ? Optional.of(UUID.randomUUID())
                        : Optional.empty(), (LedgerContents) hasAccounts::get))
                .start();
        return axon;
    }

    @AfterEach
    void tearDown() {
        axon.close();
    }

    private ChartTemplateHandler.ChartApplied apply(AccountGroups.Template template) {
        return axon.commands().sendAndWait(new ApplyChartTemplateCommand(template, "EUR"));
    }

    @ParameterizedTest
    @EnumSource(AccountGroups.Template.class)
    void aTemplateOpensItsAccountsUnderTheirGroupsAndDefinesTheTaxCodesOnItsTaxAccounts(AccountGroups.Template template) {
        start();
        ChartTemplateHandler.ChartApplied applied = apply(template);

        List<AccountOpenedEvent> accounts = stored.events.stream().filter(AccountOpenedEvent.class::isInstance)
                .map(AccountOpenedEvent.class::cast).toList();
        assertThat(applied.accounts()).isEqualTo(accounts.size()).isGreaterThanOrEqualTo(50);
        assertThat(applied.taxCodes()).isEqualTo(7);
        Map<String, AccountOpenedEvent> byNumber = accounts.stream()
                .collect(Collectors.toMap(AccountOpenedEvent::number, a -> a));
        String bank = template == AccountGroups.Template.SKR03 ? "1200" : "1800";
        String outputVat19 = template == AccountGroups.Template.SKR03 ? "1776" : "3806";
        assertThat(byNumber.get(bank).group()).isEqualTo("B.IV");
        assertThat(byNumber.get(outputVat19).type()).isEqualTo(AccountType.LIABILITY);
        TaxRateVersionAddedEvent ust19 = stored.events.stream().filter(TaxRateVersionAddedEvent.class::isInstance)
                .map(TaxRateVersionAddedEvent.class::cast).filter(v -> v.code().equals("USt19")).findFirst().orElseThrow();
        assertThat(ust19.taxAccountId()).isEqualTo(byNumber.get(outputVat19).accountId());
        assertThat(ust19.rate()).isEqualByComparingTo("19");
        for (AccountOpenedEvent a : accounts) {
            if (a.group() != null) {
                assertThat(AccountGroups.find(a.group()).orElseThrow().statement()).as(a.number())
                        .isEqualTo(AccountGroups.Statement.of(a.type()));
            }
        }
    }

    @Test
    void aChartIsSetUpOnceAndOnlyOnAnEmptyLedger() {
        start();
        apply(AccountGroups.Template.SKR03);
        assertThatThrownBy(() -> apply(AccountGroups.Template.SKR04)).isInstanceOfSatisfying(CommandRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.CONFLICT));
    }

    @Test
    void aLedgerWithAccountsIsNotSetUpFromATemplateAndNothingIsStored() {
        start();
        hasAccounts.set(true);
        assertThatThrownBy(() -> apply(AccountGroups.Template.SKR03)).isInstanceOfSatisfying(CommandRejectedException.class,
                e -> assertThat(e.getMessage()).contains("already has accounts"));
        assertThat(stored.events).isEmpty();
    }
}
