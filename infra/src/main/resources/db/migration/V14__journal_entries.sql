-- Command side: document numbers of journal entries (JdbcDocumentNumbers), written in the
-- transaction that stores the entry.
create table document_number_lookup (
    document_number varchar(36) primary key,
    entry_id        uuid        not null unique
);
create table document_number_series (
    series     varchar(20) not null,
    year       integer     not null,
    last_value bigint      not null,
    primary key (series, year)
);

-- Query side: an entry may have several legs on one account, so a ledger entry is identified
-- by the account event that posted it, not by (account, transaction).
alter table ledger_entry drop constraint ledger_entry_pkey;
drop index ledger_entry_account_order;
alter table ledger_entry add primary key (account_id, account_sequence);
create index ledger_entry_transaction on ledger_entry (transaction_id);

-- Entries with document fields and any number of legs; the two-account columns stay for the
-- transactions API (filled when an entry has exactly one debit and one credit leg).
alter table transaction_view alter column debit_account_id drop not null;
alter table transaction_view alter column credit_account_id drop not null;
alter table transaction_view add column document_number varchar(36);
alter table transaction_view add column document_date date;
create index transaction_view_document_number on transaction_view (document_number);

create table transaction_leg (
    transaction_id uuid           not null,
    position       integer        not null,
    account_id     uuid           not null,
    side           varchar(6)     not null,
    amount         numeric(38, 4) not null,
    currency       char(3)        not null,
    tax_code       varchar(20),
    tax_role       varchar(16),
    primary key (transaction_id, position)
);
create index transaction_leg_account on transaction_leg (account_id);
