-- Instances sharing the database, so that each can take its fair share of the processors'
-- segments (SegmentBalancer): every running instance refreshes its row every few seconds.
create table processing_node (
    node_id varchar(255) primary key,
    seen_at timestamp with time zone not null
);

-- A replay needs every segment of its processor on one instance: while a row here names the
-- instance that replays, the other instances let go of that processor's segments.
create table processing_gather (
    processor_name varchar(255) primary key,
    node_id        varchar(255) not null,
    until          timestamp with time zone not null
);
