-- Closing the books: fiscal years and periods, their seals, the year-end.

-- Command side (JdbcFiscalPeriods), written in the transaction that stores the events:
-- the periods with when they were closed (a posting dated in a closed period is refused), and
-- every entry's booking date, so that a seal reads the events of one period, not the whole store.
create table fiscal_period_lookup (
    year      integer not null,
    period    integer not null,
    from_date date    not null,
    to_date   date    not null,
    closed_at timestamp with time zone,
    primary key (year, period)
);
create index fiscal_period_lookup_dates on fiscal_period_lookup (from_date, to_date);

create table posting_date_lookup (
    booking_date   date not null,
    transaction_id uuid not null,
    primary key (booking_date, transaction_id)
);
-- The entries stored before: revision 1 of the event named the booking date valueDate.
insert into posting_date_lookup (booking_date, transaction_id)
select distinct coalesce(p ->> 'bookingDate', p ->> 'valueDate')::date, aggregate_identifier::uuid
from (select aggregate_identifier, convert_from(payload, 'UTF8')::jsonb as p
      from domain_event_entry
      where payload_type = 'org.backoffice.events.accounting.TransactionPostedEvent') posted
on conflict do nothing;

-- Query side ("balances" read model): the fiscal years, their periods with status and seal,
-- and the history of each period (closed, sealed, reopened: by whom, when, why).
create table fiscal_year_view (
    year                      integer primary key,
    start_date                date    not null,
    end_date                  date    not null,
    closed_at                 timestamp with time zone,
    closed_by                 varchar(100),
    profit_and_loss_entry_id  uuid,
    closing_entry_id          uuid,
    opening_entry_id          uuid,
    opening_balances_entry_id uuid
);
create table fiscal_period_view (
    year      integer     not null,
    period    integer     not null,
    from_date date        not null,
    to_date   date        not null,
    status    varchar(8)  not null,
    closing   bigint,
    closed_at timestamp with time zone,
    closed_by varchar(100),
    sealed_at timestamp with time zone,
    seal      text,
    primary key (year, period)
);
create table fiscal_period_history (
    year     integer      not null,
    period   integer      not null,
    position bigint       not null,
    action   varchar(8)   not null,
    at       timestamp with time zone not null,
    by_user  varchar(100) not null,
    reason   varchar(500),
    primary key (year, period, position)
);
