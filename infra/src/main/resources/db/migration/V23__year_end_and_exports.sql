-- Query side ("balances" read model): the year-end of a fiscal year (its result and the balances
-- carried into the next), and the year-end entries the profit and loss account leaves out.
alter table fiscal_year_view add column currency char(3);
alter table fiscal_year_view add column result numeric(38, 4);
alter table fiscal_year_view add column carried_forward text;
create table year_end_entry (
    transaction_id uuid    primary key,
    year           integer not null
);
-- The exports read a range of booking days.
create index transaction_view_booking_date on transaction_view (value_date, id);

-- Command side (JdbcFiscalPeriods): the closes waiting for their seal, written in the close's
-- transaction and removed in the seal's (or the reopen's); PeriodSealer takes them in order.
create table period_seal_request (
    closing     bigint  primary key,
    year        integer not null,
    period      integer not null,
    to_date     date    not null,
    covers_from date    not null
);
