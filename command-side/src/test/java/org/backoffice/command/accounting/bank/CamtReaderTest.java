package org.backoffice.command.accounting.bank;

import org.backoffice.events.accounting.BankEntry;
import org.backoffice.events.accounting.EntrySide;
import org.backoffice.events.common.Money;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading banks' statement files as they come (src/test/resources/camt), and refusing hostile ones. */
class CamtReaderTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = CamtReaderTest.class.getResourceAsStream("/camt/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aGermanBanksCamt05300102IsReadEntryByEntry() throws IOException {
        List<CamtReader.StatementFile> files = CamtReader.read(resource("camt_parser-valid_example-053.001.02.xml"));
        assertThat(files).hasSize(1);
        CamtReader.StatementFile f = files.get(0);
        assertThat(f.message()).isEqualTo("camt.053.001.02");
        assertThat(f.iban()).isEqualTo("DE14740618130000033626");
        assertThat(f.opening().amount()).isEqualTo(Money.of("33.06", "EUR"));
        assertThat(f.closing().amount()).isEqualTo(Money.of("23.06", "EUR"));
        assertThat(f.entries()).hasSize(4);
        BankEntry first = f.entries().get(0);
        assertThat(first.side()).isEqualTo(EntrySide.DEBIT);
        assertThat(first.amount()).isEqualTo(Money.of("2.00", "EUR"));
        assertThat(first.reference()).isEqualTo("2013122710583450000");
        assertThat(first.details().get(0).endToEndId()).isEqualTo("EndToEndReference");
        assertThat(f.entries().stream().mapToInt(e -> e.details().size()).sum()).as("a batch entry has two").isEqualTo(5);
    }

    @Test
    void aCamt05300108IsReadWithItsStructuredReference() throws IOException {
        CamtReader.StatementFile f = CamtReader.read(resource("camt_parser-valid_example_v8-053.001.08.xml")).get(0);
        assertThat(f.message()).isEqualTo("camt.053.001.08");
        assertThat(f.currency()).isEqualTo("CHF");
        assertThat(f.closing().amount()).isEqualTo(Money.of("84515.25", "CHF"));
        assertThat(f.entries().get(0).amount()).isEqualTo(Money.of("474.40", "CHF"));
        assertThat(f.entries().stream().flatMap(e -> e.details().stream()).map(BankEntry.Details::creditorReference))
                .contains("RF38000000000000000000552");
        assertThat(BankEntryMatcher.references(f.entries().stream().flatMap(e -> e.details().stream())
                .filter(d -> "RF38000000000000000000552".equals(d.creditorReference())).findFirst().orElseThrow()))
                .as("the reference without RF and its check digits").contains("000000000000000000552");
    }

    @Test
    void anExternalEntityIsNeverReadAndAnEntityNeverExpanded() throws IOException {
        Path secret = Files.createTempFile("camt-secret", ".txt");
        Files.writeString(secret, "TOP-SECRET");
        String sample = resource("camt_parser-valid_example_v8-053.001.08.xml");
        String xxe = sample.replaceFirst("<Document", "<!DOCTYPE Document [<!ENTITY s SYSTEM \"" + secret.toUri()
                + "\">]>\n<Document").replaceFirst("<MsgId>", "<MsgId>&s;");
        assertThatThrownBy(() -> CamtReader.read(xxe)).isInstanceOf(CamtReader.UnreadableStatementException.class)
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("TOP-SECRET");
        String bomb = "<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY e \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><d>&e;&e;&e;</d>";
        assertThatThrownBy(() -> CamtReader.read(bomb)).isInstanceOf(CamtReader.UnreadableStatementException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void aMissingAmountIsRefusedNamingTheElementInsteadOfReadAsNothing() throws IOException {
        String sample = resource("camt_parser-valid_example_v8-053.001.08.xml").replaceFirst(
                "<Amt Ccy=\"CHF\">474.4</Amt>", "<Amt Ccy=\"CHF\">lots</Amt>");
        assertThatThrownBy(() -> CamtReader.read(sample)).isInstanceOf(CamtReader.UnreadableStatementException.class)
                .hasMessageContaining("Ntry/Amt");
    }
}
