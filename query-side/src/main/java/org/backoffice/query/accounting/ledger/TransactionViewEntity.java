package org.backoffice.query.accounting.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.backoffice.events.accounting.TransactionKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

// Read-only: written by the projection with plain SQL (BalancesBatch), read through JPA.
@Entity
@Table(name = "transaction_view")
@org.hibernate.annotations.Immutable
class TransactionViewEntity {

    enum Status { PENDING, COMPLETED, REJECTED, REVERSED }

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private TransactionKind kind;
    private UUID debitAccountId;
    private UUID creditAccountId;
    private String documentNumber;
    private LocalDate documentDate;
    private BigDecimal amount;
    private String currency;
    private String reference;
    private LocalDate valueDate;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String reason;
    private UUID reversalOf;
    private UUID reversedBy;
    private Instant recordedAt;
    private long lastSequence;

    protected TransactionViewEntity() {
    }

    UUID id() { return id; }
    TransactionKind kind() { return kind; }
    UUID debitAccountId() { return debitAccountId; }
    UUID creditAccountId() { return creditAccountId; }
    String documentNumber() { return documentNumber; }
    LocalDate documentDate() { return documentDate; }
    BigDecimal amount() { return amount; }
    String currency() { return currency; }
    String reference() { return reference; }
    LocalDate valueDate() { return valueDate; }
    Status status() { return status; }
    String reason() { return reason; }
    UUID reversalOf() { return reversalOf; }
    UUID reversedBy() { return reversedBy; }
    Instant recordedAt() { return recordedAt; }
}
