package org.backoffice.command.it.purchasing.jdbc;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.backoffice.command.it.purchasing.PurchasingDirectory;
import org.backoffice.events.common.Money;
import org.backoffice.events.it.AssetType;
import org.backoffice.events.it.purchasing.CatalogueModelAddedEvent;
import org.backoffice.events.it.purchasing.CatalogueModelDiscontinuedEvent;
import org.backoffice.events.it.purchasing.DeviceRequestApprovedEvent;
import org.backoffice.events.it.purchasing.DeviceRequestRejectedEvent;
import org.backoffice.events.it.purchasing.DeviceRequestedEvent;
import org.backoffice.events.it.purchasing.PurchaseOrderPlacedEvent;
import org.backoffice.events.it.purchasing.PurchasingAccountsSetEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * The catalogue, the requests' state and the accounts accounting set, written by a subscribing
 * processor in the transaction of the events. A request becomes ORDERED only from APPROVED, in
 * the order's own transaction: the second of two orders fulfilling one request fails its update
 * and stores nothing.
 */
@Component
@ProcessingGroup(JdbcPurchasingDirectory.PROCESSING_GROUP)
public class JdbcPurchasingDirectory implements PurchasingDirectory {

    public static final String PROCESSING_GROUP = "purchasing-directory";

    private final JdbcTemplate jdbc;

    public JdbcPurchasingDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Model> model(UUID modelId) {
        return jdbc.query("select * from catalogue_directory where model_id = ?", (rs, i) -> new Model(rs.getObject("model_id", UUID.class),
                AssetType.valueOf(rs.getString("type")), rs.getString("name"), rs.getObject("supplier_id", UUID.class),
                new Money(rs.getBigDecimal("unit_price"), rs.getString("currency")), rs.getString("tax_code"),
                rs.getBoolean("discontinued")), modelId).stream().findFirst();
    }

    @Override
    public Optional<Request> request(UUID requestId) {
        return jdbc.query("select * from device_request_directory where request_id = ?", (rs, i) -> new Request(
                rs.getObject("request_id", UUID.class), rs.getString("status"), rs.getObject("model_id", UUID.class)), requestId)
                .stream().findFirst();
    }

    @Override
    public Optional<Accounts> accounts() {
        return jdbc.query("select * from purchasing_accounts_directory", (rs, i) -> new Accounts(
                rs.getObject("fixed_asset_account_id", UUID.class), rs.getObject("low_value_account_id", UUID.class),
                rs.getObject("depreciation_account_id", UUID.class), rs.getObject("disposal_account_id", UUID.class))).stream().findFirst();
    }

    @EventHandler
    void on(CatalogueModelAddedEvent e) {
        jdbc.update("""
                insert into catalogue_directory (model_id, type, name, supplier_id, unit_price, currency, tax_code)
                values (?, ?, ?, ?, ?, ?, ?)""", e.modelId(), e.type().name(), e.name(), e.supplierId(), e.unitPrice().amount(),
                e.unitPrice().currency(), e.taxCode());
    }

    @EventHandler
    void on(CatalogueModelDiscontinuedEvent e) {
        jdbc.update("update catalogue_directory set discontinued = true where model_id = ?", e.modelId());
    }

    @EventHandler
    void on(DeviceRequestedEvent e) {
        jdbc.update("insert into device_request_directory (request_id, status) values (?, 'REQUESTED')", e.requestId());
    }

    @EventHandler
    void on(DeviceRequestApprovedEvent e) {
        jdbc.update("update device_request_directory set status = 'APPROVED', model_id = ? where request_id = ?", e.modelId(), e.requestId());
    }

    @EventHandler
    void on(DeviceRequestRejectedEvent e) {
        jdbc.update("update device_request_directory set status = 'REJECTED' where request_id = ?", e.requestId());
    }

    @EventHandler
    void on(PurchaseOrderPlacedEvent e) {
        for (UUID request : e.requestIds()) {
            if (jdbc.update("update device_request_directory set status = 'ORDERED', order_id = ? where request_id = ? and status = 'APPROVED'",
                    e.orderId(), request) != 1) {
                throw new org.springframework.dao.DataIntegrityViolationException("device request " + request + " was ordered at the same moment");
            }
        }
    }

    @EventHandler
    void on(PurchasingAccountsSetEvent e) {
        jdbc.update("delete from purchasing_accounts_directory");
        jdbc.update("""
                insert into purchasing_accounts_directory (fixed_asset_account_id, low_value_account_id, depreciation_account_id,
                    disposal_account_id) values (?, ?, ?, ?)""", e.fixedAssetAccountId(), e.lowValueAccountId(), e.depreciationAccountId(),
                e.disposalAccountId());
    }
}
