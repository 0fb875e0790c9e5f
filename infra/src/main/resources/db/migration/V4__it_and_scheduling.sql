-- Command side: serial numbers (unique) and who holds which asset, for offboarding
-- (subscribing processor "asset-directory", same transaction as the events).
create table asset_directory (
    asset_id      uuid         primary key,
    serial_number varchar(100) not null unique,
    employee_id   uuid
);
create index asset_directory_holder on asset_directory (employee_id);

-- Query side: the "inventory" read model.
create table asset_view (
    id                uuid         primary key,
    type              varchar(16)  not null,
    serial_number     varchar(100) not null,
    model             varchar(200) not null,
    purchase_date     date,
    purchase_cost     numeric(38, 4),
    purchase_currency char(3),
    status            varchar(16)  not null,
    employee_id       uuid,
    location          varchar(200),
    registered_at     timestamp with time zone not null,
    last_sequence     bigint       not null
);
create index asset_view_type_status on asset_view (type, status);
create index asset_view_holder on asset_view (employee_id);

-- db-scheduler's table: Axon's deadlines (a termination that takes effect on a future day)
-- persist here, survive restarts, and fire once across instances.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on scheduled_tasks (priority desc, execution_time asc);

-- The employee directory learns when a termination took effect: from then on the employee is
-- offboarded and takes on nothing new (no device, no managed staff), even on the last day.
alter table employee_directory add column has_left boolean not null default false;
