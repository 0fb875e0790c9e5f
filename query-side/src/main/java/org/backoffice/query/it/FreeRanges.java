package org.backoffice.query.it;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What is still free in a pool of consecutive values (a network's addresses as 128-bit numbers,
 * a number block's phone numbers), kept as ranges of consecutive free values. Taking a value
 * splits its range; giving it back merges it with its neighbours; the lowest free values are the
 * start of the lowest ranges. Each is an index lookup, however many values are taken: nothing
 * here scans what is taken. Written by the projections in their own transactions.
 */
@Component
public class FreeRanges {

    private final JdbcTemplate jdbc;

    FreeRanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(UUID pool, BigInteger first, BigInteger last) {
        if (first.compareTo(last) <= 0) {
            jdbc.update("insert into free_range (pool_id, first_value, last_value) values (?, ?, ?)", pool,
                    new java.math.BigDecimal(first), new java.math.BigDecimal(last));
        }
    }

    /** Takes the value out of its free range; false when it was not free. */
    public boolean take(UUID pool, BigInteger value) {
        var ranges = jdbc.queryForList("""
                delete from free_range where pool_id = ? and first_value = (
                    select first_value from free_range where pool_id = ? and first_value <= ?
                    order by first_value desc limit 1)
                and last_value >= ?
                returning first_value, last_value""", pool, pool, new java.math.BigDecimal(value), new java.math.BigDecimal(value));
        if (ranges.isEmpty()) {
            return false;
        }
        BigInteger first = ((java.math.BigDecimal) ranges.get(0).get("first_value")).toBigIntegerExact();
        BigInteger last = ((java.math.BigDecimal) ranges.get(0).get("last_value")).toBigIntegerExact();
        add(pool, first, value.subtract(BigInteger.ONE));
        add(pool, value.add(BigInteger.ONE), last);
        return true;
    }

    /** Gives the value back, merged with the free ranges just below and just above it. */
    public void give(UUID pool, BigInteger value) {
        java.math.BigDecimal below = new java.math.BigDecimal(value.subtract(BigInteger.ONE));
        java.math.BigDecimal above = new java.math.BigDecimal(value.add(BigInteger.ONE));
        List<java.math.BigDecimal> left = jdbc.queryForList("delete from free_range where pool_id = ? and last_value = ? returning first_value",
                java.math.BigDecimal.class, pool, below);
        List<java.math.BigDecimal> right = jdbc.queryForList("delete from free_range where pool_id = ? and first_value = ? returning last_value",
                java.math.BigDecimal.class, pool, above);
        add(pool, left.isEmpty() ? value : left.get(0).toBigIntegerExact(), right.isEmpty() ? value : right.get(0).toBigIntegerExact());
    }

    /** The lowest free values, at most limit, range by range. */
    public List<BigInteger> lowest(UUID pool, int limit) {
        List<BigInteger> free = new ArrayList<>();
        jdbc.query("select first_value, last_value from free_range where pool_id = ? order by first_value limit ?", rs -> {
            BigInteger v = rs.getBigDecimal(1).toBigIntegerExact();
            BigInteger last = rs.getBigDecimal(2).toBigIntegerExact();
            while (free.size() < limit && v.compareTo(last) <= 0) {
                free.add(v);
                v = v.add(BigInteger.ONE);
            }
        }, pool, limit);
        return free;
    }

    public void clear() {
        jdbc.update("delete from free_range");
    }
}
