-- IT telephony: blocks of the company's numbers (a carrier's direct-dial ranges in E.164, the
-- phone system's extensions) and who holds which number.

-- Command side (subscribing processor "telephony-directory", same transaction as the events).
-- Blocks never overlap: E.164 numbers (7 digits and more) and extensions (at most 6) count in
-- one range space, so one exclusion constraint refuses any overlap.
create table number_block_directory (
    block_id    uuid         primary key,
    name        varchar(200) not null,
    kind        varchar(16)  not null,
    first_value bigint       not null,
    last_value  bigint       not null,
    exclude using gist (int8range(first_value, last_value, '[]') with &&)
);

-- Who holds which number now (released ones are deleted): for offboarding and retirement.
create table phone_number_directory (
    number_id   uuid        primary key,
    number      varchar(20) not null unique,
    employee_id uuid,
    asset_id    uuid
);
create index phone_number_directory_employee on phone_number_directory (employee_id);
create index phone_number_directory_asset on phone_number_directory (asset_id);

-- Query side: part of the "inventory" read model.
create table number_block_view (
    id         uuid         primary key,
    name       varchar(200) not null,
    kind       varchar(16)  not null,
    first_number varchar(20) not null,
    last_number  varchar(20) not null,
    size       integer      not null,
    created_at timestamp with time zone not null
);

-- Every assignment of a number, from when to when: the numbers as of any instant.
create table phone_number_view (
    number_id     uuid        not null,
    sequence      bigint      not null,
    block_id      uuid        not null,
    number        varchar(20) not null,
    employee_id   uuid,
    asset_id      uuid,
    assigned_at   timestamp with time zone not null,
    released_at   timestamp with time zone,
    release_cause varchar(16),
    primary key (number_id, sequence)
);
create unique index phone_number_view_held on phone_number_view (number_id) where released_at is null;
create index phone_number_view_block on phone_number_view (block_id, number);
create index phone_number_view_employee on phone_number_view (employee_id);
create index phone_number_view_asset on phone_number_view (asset_id);
