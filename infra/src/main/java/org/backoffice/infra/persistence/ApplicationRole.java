package org.backoffice.infra.persistence;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * The database role the application connects as: not the owner of the schema, so PostgreSQL
 * itself refuses it any change to stored events (migration V7 grants what it may do). The
 * embedded server trusts local connections, so the role needs no password there.
 */
public final class ApplicationRole {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private ApplicationRole() {
    }

    /** Creates the role as a login role if it is missing (needs a superuser or CREATEROLE connection). */
    public static void ensureLogin(DataSource superuser, String role) {
        if (!NAME.matcher(role).matches()) {
            throw new IllegalArgumentException("backoffice.database.app-role must be a plain lower-case SQL name: " + role);
        }
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    do $$ begin
                        if not exists (select 1 from pg_roles where rolname = '%1$s') then
                            create role %1$s login;
                        else
                            alter role %1$s login;
                        end if;
                    end $$""".formatted(role));
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the application role " + role, e);
        }
    }
}
