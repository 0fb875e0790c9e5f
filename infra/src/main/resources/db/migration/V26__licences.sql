-- IT: software licences and subscriptions with their seats.

-- Command side (subscribing processor "licence-directory", same transaction as the events):
-- the seats held now, for offboarding and retirement.
create table licence_seat_directory (
    licence_id uuid not null,
    holder_id  uuid not null,
    primary key (licence_id, holder_id)
);
create index licence_seat_directory_holder on licence_seat_directory (holder_id);

-- Query side: part of the "inventory" read model.
create table licence_view (
    id             uuid          primary key,
    product        varchar(200)  not null,
    vendor         varchar(200),
    seats          integer       not null,
    cost_amount    numeric(38, 4) not null,
    cost_currency  char(3)       not null,
    billing_period varchar(16)   not null,
    renewal_date   date          not null,
    reminder_days  integer       not null,
    registered_at  timestamp with time zone not null,
    renewal_due_at timestamp with time zone,
    last_sequence  bigint        not null
);

-- Seats and renewal date from when: the licences as of any instant.
create table licence_version (
    licence_id   uuid    not null,
    sequence     bigint  not null,
    changed_at   timestamp with time zone not null,
    seats        integer not null,
    renewal_date date    not null,
    primary key (licence_id, sequence)
);

-- Every seat held, from when to when.
create table licence_seat_view (
    licence_id    uuid   not null,
    sequence      bigint not null,
    holder_id     uuid   not null,
    employee_id   uuid,
    asset_id      uuid,
    assigned_at   timestamp with time zone not null,
    released_at   timestamp with time zone,
    release_cause varchar(16),
    primary key (licence_id, sequence)
);
create unique index licence_seat_view_held on licence_seat_view (licence_id, holder_id) where released_at is null;
create index licence_seat_view_holder on licence_seat_view (holder_id);
