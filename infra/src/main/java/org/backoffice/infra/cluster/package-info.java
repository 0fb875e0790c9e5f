/**
 * What several instances of the application on one database need, and one instance alone would
 * not: {@code StreamCheckedCachingRepository} checks a cached aggregate against its stored stream
 * before a command decides on it (another instance may have appended since), and
 * {@code SegmentBalancer} records that this instance is alive and gives back the processor segments
 * it holds beyond its fair share, so the read models and side effects spread over the instances
 * and move to the others when one stops. It also answers a replay's request to gather all segments
 * of a read model on the instance that runs the replay (query-side's SegmentGathering is the port
 * it implements). With one instance and one segment (the default) all of it is cheap and idle.
 * docs/architecture.md, "Several instances on one database", says why each exists.
 */
package org.backoffice.infra.cluster;
