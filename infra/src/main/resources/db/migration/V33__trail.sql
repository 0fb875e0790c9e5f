-- The audit trail: how each stored event came about, kept as an index so that following causes
-- and effects never scans the event table.

-- One row per stored event: the message that produced it (causation_id: its command, or the
-- deadline that fired) and what had caused that message (upstream_id: the event a processor
-- handled, or the command that scheduled the deadline; null at the start of a chain).
create table trail_link (
    event_id        varchar(255) primary key,
    position        bigint       not null,
    aggregate_id    varchar(255),
    sequence_number bigint,
    causation_id    varchar(255),
    upstream_id     varchar(255)
);
create index trail_link_causation on trail_link (causation_id, position);
create index trail_link_upstream on trail_link (upstream_id);
create index trail_link_aggregate on trail_link (aggregate_id, sequence_number);

-- What an event was decided on beyond its cause (a payment's salary step, the invoice a payment
-- settled): another event, or an aggregate (its first event).
create table trail_reference (
    event_id                varchar(255) not null,
    position                bigint       not null,
    role                    varchar(60)  not null,
    referenced_event_id     varchar(255),
    referenced_aggregate_id varchar(255),
    scope_aggregate_id      varchar(255)
);
create index trail_reference_event on trail_reference (event_id);
create index trail_reference_referenced_event on trail_reference (referenced_event_id);
create index trail_reference_referenced_aggregate on trail_reference (referenced_aggregate_id);

-- The command side's employee directory remembers which event set each fact a payroll uses.
alter table employee_salary_step add column event_id varchar(255);
alter table employee_directory add column last_day_event_id varchar(255);
alter table employee_directory add column leave_payout_event_id varchar(255);

-- The employee history names the event of each change, its termination's too (rebuilt by a replay
-- of headcount; null for terminations projected before).
alter table employee_view add column terminated_sequence bigint;
