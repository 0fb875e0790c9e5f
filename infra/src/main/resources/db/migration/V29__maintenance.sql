-- IT: warranties and maintenance plans.
alter table asset_view add column warranty_ends date;
alter table asset_view add column warranty_reminded_at timestamp with time zone;

create table maintenance_plan_view (
    id             uuid         primary key,
    asset_id       uuid         not null,
    task           varchar(500) not null,
    interval_months integer     not null,
    first_due      date         not null,
    next_due       date         not null,
    reminder_days  integer      not null,
    reminded_at    timestamp with time zone,
    planned_at     timestamp with time zone not null,
    last_sequence  bigint       not null
);
create index maintenance_plan_view_asset on maintenance_plan_view (asset_id);
create index maintenance_plan_view_due on maintenance_plan_view (next_due);

-- Every maintenance done: the plans' next due dates as of any instant.
create table maintenance_done_view (
    plan_id     uuid    not null,
    sequence    bigint  not null,
    done_on     date    not null,
    next_due    date    not null,
    note        varchar(2000),
    recorded_at timestamp with time zone not null,
    primary key (plan_id, sequence)
);
