-- Axon Framework's tables, in snake_case for the JDBC storage engine (configured to match in
-- AxonStorageConfiguration). Payloads and metadata are bytea holding Jackson JSON: no large
-- objects (oid), which PostgreSQL would keep outside the row and vacuum never frees.

-- The event store. global_index comes from its own step-1 sequence (bigserial): a shared or
-- batched sequence leaves gaps that tracking processors must wait out.
create table domain_event_entry (
    global_index         bigserial    primary key,
    event_identifier     varchar(255) not null unique,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255),
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              bytea        not null,
    meta_data            bytea,
    constraint domain_event_entry_aggregate_sequence unique (aggregate_identifier, sequence_number)
);

create table snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255) not null,
    event_identifier     varchar(255) not null unique,
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              bytea        not null,
    meta_data            bytea,
    primary key (aggregate_identifier, sequence_number)
);

-- Tracking tokens of the streaming processors: one row per processor and segment.
create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255),
    owner          varchar(255),
    primary key (processor_name, segment)
);

-- Sagas (JDBC saga store).
create table saga_entry (
    saga_id         varchar(255) primary key,
    revision        varchar(255),
    saga_type       varchar(255),
    serialized_saga bytea
);

create table association_value_entry (
    id                bigserial    primary key,
    association_key   varchar(255) not null,
    association_value varchar(255),
    saga_type         varchar(255),
    saga_id           varchar(255) not null
);
create index association_value_entry_lookup on association_value_entry (saga_type, association_key, association_value);
create index association_value_entry_saga on association_value_entry (saga_id, saga_type);

-- Axon registers its JPA entities whenever JPA is on the classpath; their tables exist so that
-- nothing fails should one be touched (the JPA token and saga stores themselves are not used).
create table dead_letter_entry (
    dead_letter_id         varchar(255) primary key,
    cause_message          varchar(1023),
    cause_type             varchar(255),
    diagnostics            bytea,
    enqueued_at            timestamp with time zone not null,
    last_touched           timestamp with time zone,
    aggregate_identifier   varchar(255),
    event_identifier       varchar(255) not null,
    message_type           varchar(255) not null,
    meta_data              bytea,
    payload                bytea        not null,
    payload_revision       varchar(255),
    payload_type           varchar(255) not null,
    sequence_number        bigint,
    time_stamp             varchar(255) not null,
    token                  bytea,
    token_type             varchar(255),
    type                   varchar(255),
    processing_group       varchar(255) not null,
    processing_started     timestamp with time zone,
    sequence_identifier    varchar(255) not null,
    sequence_index         bigint       not null,
    constraint dead_letter_entry_sequence unique (processing_group, sequence_identifier, sequence_index)
);
