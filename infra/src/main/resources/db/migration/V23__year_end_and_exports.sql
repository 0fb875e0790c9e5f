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
