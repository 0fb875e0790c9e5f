-- The chain each indexed event belongs to, named by the chain's first event (root_id): an event
-- without a recorded cause is its own root; any other event belongs to the root of its cause (the
-- event named by its upstream_id, or the first event of the command named there). The effects of
-- a chain's start are then every row of its root, paged by keyset on (root_id, position) in time
-- that does not grow with the chain (a payroll of 50,000 has 200,000 effects; recomputing them
-- for every page took over a second). An event whose cause is not indexed yet has no root until it is.
alter table trail_link add column root_id varchar(255);

-- Each event's cause, as the trail follows it (TrailQueries.causeOf), then every chain from its start.
create temporary table trail_cause as
select c.event_id, coalesce(
        (select e.event_id from trail_link e where e.event_id = c.upstream_id),
        (select f.event_id from trail_link f where f.causation_id = c.upstream_id order by f.position limit 1)) as cause_id
from trail_link c where c.upstream_id is not null;
create index on trail_cause (cause_id);

with recursive tree (event_id, root_id) as (
    select event_id, event_id from trail_link where upstream_id is null
    union
    select c.event_id, t.root_id from tree t join trail_cause c on c.cause_id = t.event_id
)
update trail_link l set root_id = t.root_id from tree t where l.event_id = t.event_id;

drop table trail_cause;

create index trail_link_root on trail_link (root_id, position);
-- What is still waiting for its cause: looked at after every batch the index writes.
create index trail_link_unrooted on trail_link (position) where root_id is null;
