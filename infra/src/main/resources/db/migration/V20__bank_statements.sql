-- Command side: the bank's references of the entries imported per account
-- (JdbcBankEntryReferences), written in the transaction that stores the import.
create table bank_entry_lookup (
    account_id   uuid        not null,
    reference    varchar(80) not null,
    statement_id uuid        not null,
    primary key (account_id, reference)
);

-- Query side ("balances" read model): imported bank statements, their entries and how each was
-- booked, for the statement pages, the unmatched list and the reconciliation.
create table bank_statement_view (
    id                  uuid           primary key,
    account_id          uuid           not null,
    iban                varchar(34)    not null,
    message             varchar(20)    not null,
    message_id          varchar(100),
    statement_reference varchar(100),
    opening_balance     numeric(38, 4),
    opening_date        date,
    closing_balance     numeric(38, 4),
    closing_date        date,
    currency            char(3)        not null,
    entries             integer        not null,
    skipped             integer        not null,
    imported_by         varchar(100)   not null,
    imported_at         timestamp with time zone not null
);
create index bank_statement_view_account on bank_statement_view (account_id, imported_at);

create table bank_entry_view (
    statement_id       uuid           not null,
    position           integer        not null,
    account_id         uuid           not null,
    reference          varchar(80)    not null,
    booking_date       date           not null,
    value_date         date           not null,
    side               varchar(6)     not null,
    amount             numeric(38, 4) not null,
    currency           char(3)        not null,
    reversal           boolean        not null,
    end_to_end_id      varchar(100),
    remittance         varchar(1000),
    creditor_reference varchar(100),
    counterparty_name  varchar(200),
    counterparty_iban  varchar(34),
    return_reason      varchar(10),
    transactions       integer        not null,
    status             varchar(16)    not null,
    how                varchar(32),
    reason             varchar(1000),
    partner_id         uuid,
    resolved_by        varchar(100),
    primary key (statement_id, position)
);
create index bank_entry_view_status on bank_entry_view (status, booking_date);

create table bank_entry_booking (
    transaction_id uuid    primary key,
    statement_id   uuid    not null,
    position       integer not null
);

-- A payer copies a document number in any case: matching looks it up by lower case.
create index document_number_lookup_lower on document_number_lookup (lower(document_number));
