package org.backoffice.query.accounting.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.PartyKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

// Read-only: written by the projection with plain SQL (BalancesBatch), read through JPA.
@Entity
@Table(name = "account_view")
@org.hibernate.annotations.Immutable
class AccountViewEntity {

    @Id
    private UUID id;
    private String number;
    private String name;
    @Enumerated(EnumType.STRING)
    private AccountType type;
    private String currency;
    private BigDecimal overdraftLimit;
    @Enumerated(EnumType.STRING)
    private PartyKind partyKind;
    private UUID partyId;
    private String partyName;
    private String groupCode;
    /** Signed by the account's normal side. */
    private BigDecimal balance;
    private BigDecimal debitTotal;
    private BigDecimal creditTotal;
    private boolean closed;
    private Instant openedAt;
    private Instant closedAt;
    /** The sequence number of the last event of this account applied here: makes handlers idempotent. */
    @Column(name = "last_sequence")
    private long lastSequence;

    protected AccountViewEntity() {
    }

    UUID id() { return id; }
    String number() { return number; }
    String name() { return name; }
    AccountType type() { return type; }
    String currency() { return currency; }
    BigDecimal overdraftLimit() { return overdraftLimit; }
    PartyKind partyKind() { return partyKind; }
    UUID partyId() { return partyId; }
    String partyName() { return partyName; }
    String groupCode() { return groupCode; }
    BigDecimal balance() { return balance; }
    boolean closed() { return closed; }
    Instant openedAt() { return openedAt; }
    Instant closedAt() { return closedAt; }
}
