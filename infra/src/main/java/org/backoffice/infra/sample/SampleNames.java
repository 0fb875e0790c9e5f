package org.backoffice.infra.sample;

import java.math.BigInteger;
import java.util.List;

/** The small lists the sample company's names are drawn from, and German IBANs that pass every check. */
final class SampleNames {

    private SampleNames() {
    }

    static final List<String> WOMEN = List.of("Anna", "Lena", "Julia", "Katharina", "Sarah", "Laura", "Miriam", "Sabine",
            "Claudia", "Nicole", "Stefanie", "Jana", "Melanie", "Christina", "Johanna", "Franziska", "Petra", "Hannah",
            "Lea", "Sophie", "Carina", "Vanessa", "Ayse", "Elena");

    static final List<String> MEN = List.of("Thomas", "Michael", "Andreas", "Stefan", "Christian", "Markus", "Jan",
            "Tobias", "Florian", "Daniel", "Sebastian", "Matthias", "Alexander", "Jonas", "Felix", "Lukas", "Dirk",
            "Frank", "Martin", "Philipp", "Kai", "Benedikt", "Mehmet", "Niklas");

    static final List<String> LAST = List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
            "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
            "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner",
            "Krause", "Meier", "Lehmann", "Köhler", "Herrmann", "Walter", "König", "Mayer", "Huber", "Kaiser", "Fuchs",
            "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Vogel", "Friedrich", "Keller", "Günther",
            "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Schuster",
            "Simon", "Ludwig", "Böhm", "Winter", "Kraus", "Martin", "Schumacher", "Krämer", "Vogt", "Stein", "Jäger",
            "Otto", "Sommer", "Groß", "Seidel", "Heinrich", "Brandt", "Haas", "Schreiber", "Graf", "Dietrich",
            "Yilmaz", "Kowalski", "Nowak", "Arslan");

    /** Customers: the trade the company serves (building services, property managers, public utilities). */
    static final List<String> CUSTOMERS = List.of("Rheinland Wohnbau GmbH", "Stadtwerke Bergheim GmbH",
            "Haus & Grund Verwaltung Kessler KG", "Klinikum Leverkusen gGmbH", "Brühler Facility Services GmbH",
            "Dom-Immobilien Köln AG", "Erftkreis Wohnungsgesellschaft mbH", "Hotel am Rheinufer GmbH",
            "Schulverband Rhein-Sieg", "Bäckerei Lindner GmbH & Co. KG", "Autohaus Overath GmbH",
            "Logistikzentrum Frechen GmbH");

    /** Customers in other EU countries: intra-EU supplies, tax-free but reported. */
    static final List<String> EU_CUSTOMERS = List.of("Gebouwbeheer Limburg B.V.", "Services Techniques Liège SA",
            "Luxembourg Property Services S.à r.l.");

    static final List<String> COMPANY_NAMES = List.of("Rheinwerk Gebäudetechnik GmbH", "Domblick Haustechnik GmbH",
            "Kölner Klima- und Energietechnik GmbH", "Severin Anlagenservice GmbH");

    static final List<String> STREETS = List.of("Im Mediapark 8, 50670 Köln", "Vogelsanger Straße 321, 50827 Köln",
            "Stolberger Straße 90, 50933 Köln", "Hansaring 61, 50670 Köln");

    /** German banks' codes (BLZ) and BICs, for the partners' and employees' accounts. */
    static final List<String[]> BANKS = List.of(
            new String[] {"37040044", "COBADEFFXXX"}, new String[] {"37050198", "COLSDE33XXX"},
            new String[] {"37070060", "DEUTDEDKXXX"}, new String[] {"37060590", "GENODED1SPK"},
            new String[] {"37080040", "DRESDEFF370"}, new String[] {"37050299", "COKSDE33XXX"});

    /** A German IBAN for the bank code and account number (check digits by ISO 7064 MOD 97-10). */
    static String germanIban(String bankCode, long account) {
        String bban = bankCode + String.format("%010d", account);
        int check = 98 - new BigInteger(bban + "131400").mod(BigInteger.valueOf(97)).intValue();
        return "DE" + String.format("%02d", check) + bban;
    }

    /** An e-mail address of the company: first.last, umlauts spelt out. */
    static String email(String first, String last, String domain) {
        return (plain(first) + "." + plain(last)).toLowerCase(java.util.Locale.ROOT) + "@" + domain;
    }

    static String plain(String name) {
        return name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
                .replace("Ü", "Ue").replace("ß", "ss").replace(" ", "-").replace(".", "");
    }
}
