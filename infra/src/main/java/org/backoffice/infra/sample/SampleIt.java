package org.backoffice.infra.sample;

import inet.ipaddr.IPAddress;
import org.backoffice.command.it.asset.AssetCommands;
import org.backoffice.command.it.asset.AssetDirectory;
import org.backoffice.command.it.licence.LicenceCommands;
import org.backoffice.command.it.maintenance.MaintenancePlan;
import org.backoffice.command.it.network.IpPlan;
import org.backoffice.command.it.network.NetworkCommands;
import org.backoffice.command.it.purchasing.PurchasingCommands;
import org.backoffice.command.it.telephony.NumberPlan;
import org.backoffice.command.it.telephony.TelephonyCommands;
import org.backoffice.events.it.AssetType;
import org.backoffice.events.it.BillingPeriod;
import org.backoffice.events.it.NumberBlockKind;
import org.backoffice.events.it.purchasing.DeviceRequestReason;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * IT's year: the office's site and networks, the phone numbers, the licences, the devices
 * everyone was given before (registered as taken over), the catalogue and the purchases of the
 * year (the new hires' laptops and a round of replacements, posted to the books by themselves),
 * warranties, maintenance plans, a repair, a retired laptop; and what leaves with the leavers.
 */
final class SampleIt {

    private final Sample s;
    private final AssetDirectory assets;
    private UUID lan;
    private UUID serverNet;
    private UUID extensions;
    private UUID direct;
    private int nextHost = 10;
    private int nextServer = 10;
    private int nextExtension = 200;
    private int nextDirect = 10;
    private final Map<String, UUID> licences = new HashMap<>();
    private final Map<AssetType, UUID> models = new HashMap<>();
    private final Map<UUID, UUID> laptops = new HashMap<>();
    private final List<UUID> oldLaptops = new ArrayList<>();
    private UUID printer;
    private UUID server;
    private int serial = 1000;

    SampleIt(Sample s, AssetDirectory assets) {
        this.s = s;
        this.assets = assets;
    }

    void setUp(SampleBooks.Partner bechtle) {
        UUID site = s.id();
        s.send(Sample.IT, new NetworkCommands.OpenSiteCommand(site, "Köln, Im Mediapark 8", "Im Mediapark 8, 50670 Köln"));
        lan = network(site, "Office LAN", "10.20.0.0/22", 20, "10.20.0.1");
        serverNet = network(site, "Server", "10.20.8.0/24", 30, "10.20.8.1");
        network(site, "Guest Wi-Fi", "192.168.50.0/24", 50, "192.168.50.1");
        UUID warehouse = s.id();
        s.send(Sample.IT, new NetworkCommands.OpenSiteCommand(warehouse, "Hürth, Lager", "Industriestraße 42, 50354 Hürth"));
        network(warehouse, "Warehouse LAN", "10.21.0.0/24", 20, "10.21.0.1");

        extensions = s.id();
        s.send(Sample.IT, new TelephonyCommands.CreateNumberBlockCommand(extensions, "Nebenstellen Köln", NumberBlockKind.EXTENSIONS,
                NumberPlan.canonical(NumberBlockKind.EXTENSIONS, "first", "200", "DE"), 100));
        direct = s.id();
        s.send(Sample.IT, new TelephonyCommands.CreateNumberBlockCommand(direct, "Durchwahlen Köln", NumberBlockKind.EXTERNAL,
                NumberPlan.canonical(NumberBlockKind.EXTERNAL, "first", "+49 221 98765400", "DE"), 100));

        LocalDate renewal = s.today.withDayOfMonth(1).plusMonths(1);
        licence("Microsoft 365 Business Standard", "Microsoft", 30, "375.00", BillingPeriod.MONTHLY, renewal.plusMonths(4), 30);
        licence("AutoCAD MEP", "Autodesk", 8, "2240.00", BillingPeriod.YEARLY, renewal.plusMonths(7), 60);
        licence("DATEV Unternehmen online", "DATEV eG", 3, "96.00", BillingPeriod.MONTHLY, renewal.plusMonths(9), 30);
        licence("Adobe Acrobat Pro", "Adobe", 6, "119.94", BillingPeriod.MONTHLY, renewal.plusMonths(2), 30);
        licence("TeamViewer Business", "TeamViewer", 5, "1198.80", BillingPeriod.YEARLY, s.today.plusDays(20), 30);
        licence("Jira Service Management", "Atlassian", 12, "210.00", BillingPeriod.MONTHLY, renewal.plusMonths(5), 30);

        models.put(AssetType.LAPTOP, model(AssetType.LAPTOP, "ThinkPad T14 Gen 5", "Ryzen 7 PRO, 32 GB, 1 TB", bechtle, "1349.00"));
        models.put(AssetType.MONITOR, model(AssetType.MONITOR, "Dell P2725H", "27 Zoll, USB-C", bechtle, "239.00"));
        models.put(AssetType.PHONE, model(AssetType.PHONE, "iPhone 15 128 GB", "Diensthandy", bechtle, "749.00"));
        models.put(AssetType.NETWORK_DEVICE, model(AssetType.NETWORK_DEVICE, "UniFi Switch Pro 48 PoE", "48 Ports, 600 W PoE",
                bechtle, "1099.00"));
        model(AssetType.DESKTOP, "ThinkCentre M90q Gen 5", "Core i7, 32 GB", bechtle, "949.00");

        // Installed before the books moved here: the printer, the server, the core switch.
        printer = register(AssetType.PRINTER, "HP Color LaserJet Enterprise M555", "2021-03-15", "1690.00");
        s.send(Sample.IT, new AssetCommands.InstallAssetCommand(printer, "Köln, 2. OG Flur"));
        address(lan, printer, "drucker-2og", false);
        server = register(AssetType.OTHER, "Fujitsu Primergy TX1330 M5 (Dateiserver)", "2022-06-01", "3480.00");
        s.send(Sample.IT, new AssetCommands.InstallAssetCommand(server, "Köln, Serverraum"));
        address(serverNet, server, "fs01", true);
        UUID core = register(AssetType.NETWORK_DEVICE, "UniFi Dream Machine Pro", "2022-06-01", "449.00");
        s.send(Sample.IT, new AssetCommands.InstallAssetCommand(core, "Köln, Serverraum"));
        address(serverNet, core, "gw-core", true);
        UUID phoneLine = register(AssetType.PHONE_LINE, "Telekom DeutschlandLAN SIP-Trunk", "2020-01-10", "0.00");
        s.send(Sample.IT, new AssetCommands.InstallAssetCommand(phoneLine, "Köln, Serverraum"));
    }

    private UUID network(UUID site, String name, String prefix, int vlan, String gateway) {
        UUID id = s.id();
        IPAddress p = IpPlan.prefix("prefix", prefix);
        s.send(Sample.IT, new NetworkCommands.DefineNetworkCommand(id, site, name, p.toCanonicalString(), vlan,
                IpPlan.address("gateway", gateway).toCanonicalString()));
        return id;
    }

    private void licence(String product, String vendor, int seats, String cost, BillingPeriod period, LocalDate renewal, int reminder) {
        UUID id = s.id();
        s.send(Sample.IT, new LicenceCommands.RegisterLicenceCommand(id, product, vendor, seats, Sample.eur(cost), period, renewal, reminder));
        licences.put(product, id);
    }

    private UUID model(AssetType type, String name, String specs, SampleBooks.Partner supplier, String price) {
        UUID id = s.id();
        s.send(Sample.IT, new PurchasingCommands.AddCatalogueModelCommand(id, type, name, specs, supplier.id(), Sample.eur(price), "VSt19"));
        return id;
    }

    private String nextSerial(String prefix) {
        serial += s.between(1, 40);
        return prefix + Integer.toString(serial * 7919 + 13, 36).toUpperCase(java.util.Locale.ROOT);
    }

    private UUID register(AssetType type, String model, String bought, String cost) {
        UUID id = s.id();
        s.send(Sample.IT, new AssetCommands.RegisterAssetCommand(id, type, nextSerial(type == AssetType.LAPTOP ? "PF" : "SN"), model,
                LocalDate.parse(bought), Sample.eur(cost), null));
        return id;
    }

    private void address(UUID network, UUID asset, String host, boolean server) {
        String text = server ? "10.20.8." + nextServer++ : "10.20." + (nextHost / 250) + "." + (nextHost % 250 + 2);
        if (!server) {
            nextHost++;
        }
        IPAddress a = IpPlan.address("address", text);
        s.send(Sample.IT, new NetworkCommands.AssignIpAddressCommand(IpPlan.addressId(a), network, a.toCanonicalString(), asset, host));
    }

    /** The devices, numbers and seats of someone employed before the history: taken over as they were. */
    void equip(SampleStaff.Employee e) {
        int year = Math.max(2021, Math.min(s.first.getYear() - 1, e.start.getYear() + s.between(0, 3)));
        UUID laptop = register(AssetType.LAPTOP, year < 2023 ? "ThinkPad T14 Gen 2" : "ThinkPad T14 Gen 4",
                year + "-0" + s.between(1, 9) + "-1" + s.between(0, 9), year < 2023 ? "1189.00" : "1289.00");
        if (year < 2023) {
            oldLaptops.add(laptop);
        }
        UUID monitor = register(AssetType.MONITOR, "Dell P2722H", year + "-0" + s.between(1, 9) + "-0" + s.between(1, 9), "219.00");
        handOut(e, laptop, monitor);
        if (List.of(SampleStaff.SALES, SampleStaff.SERVICE, SampleStaff.MANAGEMENT).contains(e.department) || e.head) {
            UUID phone = register(AssetType.PHONE, "iPhone 13", "2022-09-2" + s.between(0, 9), "679.00");
            s.send(Sample.IT, new AssetCommands.AssignAssetCommand(phone, e.id));
        }
        numbersAndSeats(e);
    }

    private void handOut(SampleStaff.Employee e, UUID laptop, UUID monitor) {
        s.send(Sample.IT, new AssetCommands.AssignAssetCommand(laptop, e.id));
        s.send(Sample.IT, new AssetCommands.AssignAssetCommand(monitor, e.id));
        address(lan, laptop, "nb-" + SampleNames.plain(e.first).toLowerCase(java.util.Locale.ROOT).charAt(0)
                + SampleNames.plain(e.last).toLowerCase(java.util.Locale.ROOT), false);
        laptops.put(e.id, laptop);
    }

    private void numbersAndSeats(SampleStaff.Employee e) {
        String ext = NumberPlan.canonical(NumberBlockKind.EXTENSIONS, "number", String.valueOf(nextExtension++), "DE");
        s.send(Sample.IT, new TelephonyCommands.AssignPhoneNumberCommand(NumberPlan.numberId(ext), extensions, ext, e.id, null));
        if (e.head || e.department.equals(SampleStaff.SALES)) {
            String number = NumberPlan.canonical(NumberBlockKind.EXTERNAL, "number", "+49 221 987654" + nextDirect++, "DE");
            s.send(Sample.IT, new TelephonyCommands.AssignPhoneNumberCommand(NumberPlan.numberId(number), direct, number, e.id, null));
        }
        seat("Microsoft 365 Business Standard", e);
        if (e.department.equals(SampleStaff.ENGINEERING) && !e.title.startsWith("Head")) {
            seat("AutoCAD MEP", e);
        }
        if (e.department.equals(SampleStaff.FINANCE) && !e.title.equals("Office manager")) {
            seat("DATEV Unternehmen online", e);
        }
        if (e.department.equals(SampleStaff.MANAGEMENT) || e.department.equals(SampleStaff.FINANCE)) {
            seat("Adobe Acrobat Pro", e);
        }
        if (e.department.equals(SampleStaff.SERVICE)) {
            seat("TeamViewer Business", e);
            seat("Jira Service Management", e);
        }
    }

    private void seat(String product, SampleStaff.Employee e) {
        s.send(Sample.IT, new LicenceCommands.AssignLicenceSeatCommand(licences.get(product), e.id, null));
    }

    /**
     * A new hire's equipment, the way IT buys it: a request for the new hire, approved with the
     * catalogue's laptop, ordered and received with the supplier's invoice a week before the first
     * day (the invoice posts itself, the laptop a fixed asset, the monitor a low-value asset).
     */
    void equipNewHire(SampleStaff.Employee e) {
        UUID request = s.id();
        s.send(Sample.IT, new PurchasingCommands.RequestDeviceCommand(request, DeviceRequestReason.NEW_HIRE, AssetType.LAPTOP, e.id, null,
                "Erstausstattung " + e.title));
        s.send(Sample.IT, new PurchasingCommands.ApproveDeviceRequestCommand(request, models.get(AssetType.LAPTOP)));
        String laptopSerial = nextSerial("PF");
        String monitorSerial = nextSerial("CN");
        receive(List.of(new PurchasingCommands.OrderLine(models.get(AssetType.LAPTOP), 1),
                        new PurchasingCommands.OrderLine(models.get(AssetType.MONITOR), 1)), List.of(request),
                e.start.minusDays(7), Map.of(AssetType.LAPTOP, List.of(laptopSerial), AssetType.MONITOR, List.of(monitorSerial)));
        UUID laptop = awaitSerial(laptopSerial);
        UUID monitor = awaitSerial(monitorSerial);
        s.send(Sample.IT, new AssetCommands.SetWarrantyCommand(laptop, e.start.minusDays(7).plusMonths(36)));
        handOut(e, laptop, monitor);
        numbersAndSeats(e);
    }

    private void receive(List<PurchasingCommands.OrderLine> lines, List<UUID> requests, LocalDate invoiceDate,
                         Map<AssetType, List<String>> serials) {
        UUID order = s.id();
        s.send(Sample.IT, new PurchasingCommands.PlacePurchaseOrderCommand(order, lines, requests));
        List<PurchasingCommands.ReceivedModel> items = new ArrayList<>();
        for (var entry : serials.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            items.add(new PurchasingCommands.ReceivedModel(models.get(entry.getKey()), entry.getValue()));
        }
        s.send(Sample.IT, new PurchasingCommands.ReceivePurchaseOrderCommand(order, s.id(),
                "RE" + invoiceDate.getYear() + "-" + s.between(100_000, 999_999), invoiceDate, items));
    }

    private UUID awaitSerial(String serialNumber) {
        return s.await("the device " + serialNumber, () -> assets.holderOfSerial(serialNumber));
    }

    /**
     * The year's other work: the old laptops replaced in the spring (returned and retired), a
     * new switch for the server room, phones for the technicians.
     */
    void month(YearMonth m, List<SampleStaff.Employee> active) {
        int offset = s.months().indexOf(m);
        int length = s.months().size();
        if (offset == Math.min(3, length - 2) && !oldLaptops.isEmpty()) {
            List<UUID> replaced = oldLaptops.stream().filter(laptops::containsValue).limit(5).toList();
            List<String> serials = new ArrayList<>();
            List<UUID> requests = new ArrayList<>();
            for (UUID old : replaced) {
                UUID request = s.id();
                s.send(Sample.IT, new PurchasingCommands.RequestDeviceCommand(request, DeviceRequestReason.REPLACEMENT, AssetType.LAPTOP,
                        null, old, "Akku defekt, Gerät älter als drei Jahre"));
                s.send(Sample.IT, new PurchasingCommands.ApproveDeviceRequestCommand(request, models.get(AssetType.LAPTOP)));
                requests.add(request);
                serials.add(nextSerial("PF"));
            }
            LocalDate invoice = Sample.workday(m, 8);
            receive(List.of(new PurchasingCommands.OrderLine(models.get(AssetType.LAPTOP), replaced.size())), requests, invoice,
                    Map.of(AssetType.LAPTOP, serials));
            for (int i = 0; i < replaced.size(); i++) {
                UUID old = replaced.get(i);
                UUID holder = laptops.entrySet().stream().filter(en -> en.getValue().equals(old)).findFirst().orElseThrow().getKey();
                UUID fresh = awaitSerial(serials.get(i));
                s.send(Sample.IT, new AssetCommands.SetWarrantyCommand(fresh, invoice.plusMonths(36)));
                s.send(Sample.IT, new AssetCommands.ReturnAssetCommand(old, "Ersetzt durch neues Gerät", org.backoffice.events.it.ReturnCause.RETURNED, null));
                s.send(Sample.IT, new AssetCommands.AssignAssetCommand(fresh, holder));
                laptops.put(holder, fresh);
                if (i < 3) {
                    s.send(Sample.IT, new AssetCommands.RetireAssetCommand(old, "Ausgesondert, Datenträger zertifiziert gelöscht"));
                }
            }
        }
        if (offset == Math.min(6, length - 1)) {
            String switchSerial = nextSerial("US");
            receive(List.of(new PurchasingCommands.OrderLine(models.get(AssetType.NETWORK_DEVICE), 1)), List.of(),
                    Sample.workday(m, 14), Map.of(AssetType.NETWORK_DEVICE, List.of(switchSerial)));
            UUID sw = awaitSerial(switchSerial);
            s.send(Sample.IT, new AssetCommands.SetWarrantyCommand(sw, Sample.workday(m, 14).plusYears(5)));
            s.send(Sample.IT, new AssetCommands.InstallAssetCommand(sw, "Köln, Serverraum"));
            address(serverNet, sw, "sw-core-2", true);
        }
    }

    /** Today: warranties, maintenance, a repair under way and one done, a pending request. */
    void today(List<SampleStaff.Employee> active) {
        s.send(Sample.IT, new AssetCommands.SetWarrantyCommand(printer, s.today.plusDays(21)));
        s.send(Sample.IT, new AssetCommands.SetWarrantyCommand(server, LocalDate.of(2027, 5, 31).isAfter(s.today)
                ? LocalDate.of(2027, 5, 31) : s.today.plusMonths(6)));
        UUID service = s.id();
        s.send(Sample.IT, new MaintenancePlan.PlanMaintenanceCommand(service, printer, "Wartung: Fixiereinheit und Transferband prüfen",
                6, s.first.atDay(15), 14));
        for (YearMonth m = s.first; m.isBefore(s.anchor.minusMonths(1)); m = m.plusMonths(6)) {
            s.send(Sample.IT, new MaintenancePlan.CompleteMaintenanceCommand(service, Sample.workday(m, 16), "Wartung durch Servicepartner"));
        }
        UUID restore = s.id();
        s.send(Sample.IT, new MaintenancePlan.PlanMaintenanceCommand(restore, server, "Rücksicherung der Datensicherung testen",
                3, s.anchor.minusMonths(3).atDay(10), 7));
        s.send(Sample.IT, new MaintenancePlan.CompleteMaintenanceCommand(restore, Sample.workday(s.anchor.minusMonths(3), 10),
                "Stichprobe 20 Dateien zurückgesichert, in Ordnung"));
        List<UUID> held = active.stream().map(e -> laptops.get(e.id)).filter(java.util.Objects::nonNull).toList();
        if (held.size() > 2) {
            s.send(Sample.IT, new AssetCommands.SendAssetToRepairCommand(held.get(0), "Display flackert; Einsendung an Lenovo"));
            s.send(Sample.IT, new AssetCommands.SendAssetToRepairCommand(held.get(1), "Tastatur getauscht"));
            s.send(Sample.IT, new AssetCommands.CompleteAssetRepairCommand(held.get(1)));
        }
        UUID request = s.id();
        s.send(Sample.IT, new PurchasingCommands.RequestDeviceCommand(request, DeviceRequestReason.AD_HOC, AssetType.MONITOR, null, null,
                "Zweiter Monitor für den Besprechungsraum"));
        UUID refused = s.id();
        s.send(Sample.IT, new PurchasingCommands.RequestDeviceCommand(refused, DeviceRequestReason.AD_HOC, AssetType.DESKTOP, null, null,
                "Rechner für die Werkstatt"));
        s.send(Sample.IT, new PurchasingCommands.RejectDeviceRequestCommand(refused, "Ein Laptop aus dem Bestand reicht"));
    }

    Optional<UUID> laptopOf(UUID employee) {
        return Optional.ofNullable(laptops.get(employee));
    }
}
