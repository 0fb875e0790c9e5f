-- Recruiting (headcount read model): applicants by position with their stage, and interviews.
create table applicant_view (
    id                   uuid         primary key,
    position_id          uuid         not null,
    first_name           varchar(100),
    last_name            varchar(100),
    email                varchar(254),
    personal_data_erased boolean      not null default false,
    source               varchar(200),
    stage                varchar(16)  not null,
    stage_reason         text,
    offered_salary       numeric(38, 4),
    offered_currency     char(3),
    offered_start        date,
    employee_id          uuid,
    applied_at           timestamp with time zone not null,
    last_sequence        bigint       not null
);
create index applicant_view_position on applicant_view (position_id, stage);

create table applicant_interview (
    applicant_id   uuid        not null,
    interview_id   uuid        not null,
    at             timestamp with time zone not null,
    interviewer_ids text       not null,
    primary key (applicant_id, interview_id)
);

create table applicant_feedback (
    applicant_id   uuid        not null,
    interview_id   uuid        not null,
    interviewer_id uuid        not null,
    recommendation varchar(16) not null,
    notes          text        not null,
    primary key (applicant_id, interview_id, interviewer_id)
);
