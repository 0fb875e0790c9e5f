-- Query side ("balances" read model): the accounts a payroll run pays from, for its SEPA file.
alter table payroll_run_view add column bank_account_id uuid;
alter table payroll_run_view add column transit_account_id uuid;

-- Command side: the journal entries statement entries booked or were linked to
-- (JdbcBankEntryReferences), each to one statement entry.
create table bank_linked_transaction (
    transaction_id uuid    primary key,
    statement_id   uuid    not null,
    position       integer not null
);
alter table payroll_run_view add column payer_name varchar(200);
