-- IT networks: sites, networks (IPv4 and IPv6 prefixes) and the addresses devices hold.

-- Command side (subscribing processor "network-directory", same transaction as the events).
create table site_directory (
    site_id  uuid         primary key,
    name_key varchar(200) not null unique
);

-- Networks never overlap: the exclusion constraint refuses the second of two concurrent
-- definitions that the check before the event could not see.
create table network_directory (
    network_id  uuid         primary key,
    site_id     uuid         not null,
    name        varchar(200) not null,
    prefix      cidr         not null,
    prefix_text varchar(64)  not null,
    vlan_id     integer,
    gateway     varchar(64),
    exclude using gist (prefix inet_ops with &&)
);
-- A VLAN id names one network at a site (the same id at another site is another VLAN).
create unique index network_directory_vlan on network_directory (site_id, vlan_id) where vlan_id is not null;

-- Who holds which address now (released ones are deleted): for a retired device's release.
create table ip_address_directory (
    address_id uuid primary key,
    address    inet not null unique,
    asset_id   uuid not null
);
create index ip_address_directory_asset on ip_address_directory (asset_id);

-- A retired device takes no address, number or licence seat.
alter table asset_directory add column retired boolean not null default false;
update asset_directory set retired = true where asset_id in (
    select cast(aggregate_identifier as uuid) from domain_event_entry
    where payload_type = 'org.backoffice.events.it.AssetRetiredEvent');

-- Query side: part of the "inventory" read model.
create table site_view (
    id        uuid         primary key,
    name      varchar(200) not null,
    address   varchar(400),
    opened_at timestamp with time zone not null
);

create table network_view (
    id           uuid         primary key,
    site_id      uuid         not null,
    name         varchar(200) not null,
    prefix       cidr         not null,
    prefix_text  varchar(64)  not null,
    vlan_id      integer,
    gateway      varchar(64),
    first_usable inet         not null,
    last_usable  inet         not null,
    defined_at   timestamp with time zone not null
);
create index network_view_site on network_view (site_id);

-- Every assignment of an address, from when to when: the addresses as of any instant.
create table ip_address_view (
    address_id    uuid         not null,
    sequence      bigint       not null,
    network_id    uuid         not null,
    address       inet         not null,
    address_text  varchar(64)  not null,
    asset_id      uuid         not null,
    hostname      varchar(253),
    assigned_at   timestamp with time zone not null,
    released_at   timestamp with time zone,
    release_cause varchar(16),
    primary key (address_id, sequence)
);
create unique index ip_address_view_held on ip_address_view (address_id) where released_at is null;
create index ip_address_view_network on ip_address_view (network_id, address);
create index ip_address_view_asset on ip_address_view (asset_id);

-- What is free in each pool of consecutive values (a network's addresses as numbers, up to
-- 128 bits; a number block's phone numbers), as ranges of consecutive free values.
create table free_range (
    pool_id     uuid           not null,
    first_value numeric(39, 0) not null,
    last_value  numeric(39, 0) not null,
    primary key (pool_id, first_value)
);
create index free_range_last on free_range (pool_id, last_value);
