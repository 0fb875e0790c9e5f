package org.backoffice.command.accounting.tax;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.accounting.ledger.AccountFacts;
import org.backoffice.command.accounting.tax.TaxCodeCommands.DefineTaxCode;
import org.backoffice.command.accounting.tax.TaxCodeCommands.Version;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.TaxCodeDefinedEvent;
import org.backoffice.events.accounting.TaxKind;
import org.backoffice.events.accounting.TaxRateVersionAddedEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * A tax code and its versions. A version in force is never edited: a new rate (or tax account)
 * is a new version from a later date, so that every entry keeps the rate of its booking date and
 * a return for a past period reads as it did.
 */
@Aggregate
public class TaxCode {

    @AggregateIdentifier
    private UUID taxCodeId;
    private String code;
    private String name;
    private TaxKind kind;
    private String baseBox;
    private String taxBox;
    private String inputTaxBox;
    private final List<Version> versions = new ArrayList<>();

    public TaxCode() {
        // for Axon and loadOrCreate
    }

    /** A new tax code defined by another step of the same unit of work (a chart template); for Repository.newInstance. */
    public static TaxCode defined(TaxCodeCommands.DefineTaxCode c, Optional<AccountFacts> taxAccount,
                                  Optional<AccountFacts> inputTaxAccount) {
        TaxCode code = new TaxCode();
        code.define(c, taxAccount, inputTaxAccount);
        return code;
    }

    boolean isDefined() {
        return taxCodeId != null;
    }

    /**
     * Defines the code with its first version, given the facts of the accounts it names (empty:
     * not found). The same definition again changes nothing; another under this code is a conflict.
     */
    void define(DefineTaxCode c, Optional<AccountFacts> taxAccount, Optional<AccountFacts> inputTaxAccount) {
        if (isDefined()) {
            if (!(Objects.equals(name, c.name()) && kind == c.kind() && Objects.equals(baseBox, c.baseBox())
                    && Objects.equals(taxBox, c.taxBox()) && Objects.equals(inputTaxBox, c.inputTaxBox())
                    && versions.get(0).equals(c.first()))) {
                throw conflict("code", "tax code " + c.code() + " already exists with different details");
            }
            return;
        }
        requireFit(c.kind(), c.first(), taxAccount, inputTaxAccount);
        UUID id = TaxCodeCommands.idOf(c.code());
        apply(new TaxCodeDefinedEvent(id, c.code(), c.name(), c.kind(), c.baseBox(), c.taxBox(), c.inputTaxBox()));
        apply(new TaxRateVersionAddedEvent(id, c.code(), c.first().validFrom(), c.first().rate(),
                c.first().taxAccountId(), c.first().inputTaxAccountId()));
    }

    /** Adds a version from a date after the latest version's; the same version again changes nothing. */
    void addVersion(Version v, Optional<AccountFacts> taxAccount, Optional<AccountFacts> inputTaxAccount) {
        Version latest = versions.get(versions.size() - 1);
        if (versions.contains(v)) {
            return;
        }
        if (!v.validFrom().isAfter(latest.validFrom())) {
            throw ruleViolated("validFrom", "a new version of " + code + " must start after its latest version ("
                    + latest.validFrom() + "); versions are never edited");
        }
        requireFit(kind, v, taxAccount, inputTaxAccount);
        apply(new TaxRateVersionAddedEvent(taxCodeId, code, v.validFrom(), v.rate(), v.taxAccountId(),
                v.inputTaxAccountId()));
    }

    /**
     * What each kind needs: OUTPUT a rate above zero and a LIABILITY tax account; INPUT a rate
     * above zero and an ASSET tax account; REVERSE_CHARGE both (output tax LIABILITY, input tax
     * ASSET); TAX_FREE a rate of zero and no account.
     */
    private static void requireFit(TaxKind kind, Version v, Optional<AccountFacts> taxAccount,
                                   Optional<AccountFacts> inputTaxAccount) {
        if (v.rate().signum() < 0 || v.rate().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw ruleViolated("rate", "a rate is a percentage from 0 to 100");
        }
        if (kind == TaxKind.TAX_FREE) {
            if (v.rate().signum() != 0 || v.taxAccountId() != null || v.inputTaxAccountId() != null) {
                throw ruleViolated("rate", "a TAX_FREE code has the rate 0 and no tax accounts");
            }
            return;
        }
        if (v.rate().signum() == 0) {
            throw ruleViolated("rate", "a " + kind + " code has a rate above zero (use a TAX_FREE code for none)");
        }
        requireAccount("taxAccountId", v.taxAccountId(), taxAccount,
                kind == TaxKind.INPUT ? AccountType.ASSET : AccountType.LIABILITY);
        if (kind == TaxKind.REVERSE_CHARGE) {
            requireAccount("inputTaxAccountId", v.inputTaxAccountId(), inputTaxAccount, AccountType.ASSET);
        } else if (v.inputTaxAccountId() != null) {
            throw ruleViolated("inputTaxAccountId", "only a REVERSE_CHARGE code has an input tax account");
        }
    }

    private static void requireAccount(String field, UUID id, Optional<AccountFacts> facts, AccountType type) {
        if (id == null) {
            throw ruleViolated(field, "is required for this kind of tax code");
        }
        AccountFacts account = facts.orElseThrow(() -> ruleViolated(field, "the account " + id + " does not exist"));
        if (account.type() != type) {
            throw ruleViolated(field, "the account " + account.number() + " must be of type " + type + ", not "
                    + account.type());
        }
    }

    @EventSourcingHandler
    void on(TaxCodeDefinedEvent e) {
        taxCodeId = e.taxCodeId();
        code = e.code();
        name = e.name();
        kind = e.kind();
        baseBox = e.baseBox();
        taxBox = e.taxBox();
        inputTaxBox = e.inputTaxBox();
    }

    @EventSourcingHandler
    void on(TaxRateVersionAddedEvent e) {
        versions.add(new Version(e.validFrom(), e.rate(), e.taxAccountId(), e.inputTaxAccountId()));
    }
}
