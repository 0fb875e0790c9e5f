-- Performance reviews (headcount read model), one per employee and period.
create table employee_review (
    employee_id uuid         not null,
    period      varchar(7)   not null,
    review_id   uuid         not null,
    rating      integer      not null,
    reviewer_id uuid         not null,
    summary     text         not null,
    recorded_at timestamp with time zone not null,
    primary key (employee_id, period)
);
