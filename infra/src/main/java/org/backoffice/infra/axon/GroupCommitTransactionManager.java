package org.backoffice.infra.axon;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.TransactionSystemException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * Axon's transactions: Spring's, except for a command that runs in a group commit's batch
 * (GroupCommit): its unit of work gets a savepoint in the batch's transaction, so that
 * the command that fails rolls back to where it started and the batch's others stay, and its
 * "commit" only releases the savepoint; the batch's one commit makes it durable.
 */
public final class GroupCommitTransactionManager implements TransactionManager {

    private final TransactionManager delegate;
    private final DataSource dataSource;

    public GroupCommitTransactionManager(TransactionManager delegate, DataSource dataSource) {
        this.delegate = delegate;
        this.dataSource = dataSource;
    }

    @Override
    public Transaction startTransaction() {
        if (GroupCommit.currentBatch() == null) {
            return delegate.startTransaction();
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        if (!DataSourceUtils.isConnectionTransactional(connection, dataSource)) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw new IllegalStateException("a command of a batch runs outside the batch's transaction");
        }
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw new TransactionSystemException("could not set a savepoint for a command of a batch", e);
        }
        return new Transaction() {
            private boolean released;

            @Override
            public void commit() {
                try {
                    released = true;
                    connection.releaseSavepoint(savepoint);
                } catch (SQLException e) {
                    throw new TransactionSystemException("could not release a command's savepoint", e);
                }
            }

            @Override
            public void rollback() {
                if (released) {
                    return; // the batch rolls back as a whole
                }
                try {
                    connection.rollback(savepoint);
                } catch (SQLException e) {
                    throw new TransactionSystemException("could not roll a command back to its savepoint", e);
                }
            }
        };
    }
}
