-- Where each schedule goes on from: the first period it has not handled yet. A period is handled
-- once its run is started (or found started); a server down on the day finds the period still
-- here when it returns, and runs it then.
create table schedule_state (
    name        varchar(100) primary key,
    next_period varchar(7)   not null
);
