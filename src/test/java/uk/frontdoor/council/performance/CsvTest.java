package uk.frontdoor.council.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV the Annex A lists are written in: RFC 4180, and Ofsted's column names to the letter. */
class CsvTest {

    @Test
    void plain_fields_are_written_as_they_are_separated_by_commas_and_each_record_ends_with_crlf() {
        String csv = new Csv(List.of("a", "b")).row(List.of("1", "two words")).toString();
        assertThat(csv).isEqualTo("a,b\r\n1,two words\r\n");
    }

    @Test
    void a_field_with_a_comma_a_double_quote_or_a_line_break_is_quoted_and_its_double_quotes_doubled() {
        String csv = new Csv(List.of("name", "note", "lines", "return"))
                .row(List.of("Allocated, Ann", "said \"hello\"", "one\ntwo", "a\rb")).toString();
        assertThat(csv).isEqualTo("name,note,lines,return\r\n"
                + "\"Allocated, Ann\",\"said \"\"hello\"\"\",\"one\ntwo\",\"a\rb\"\r\n");
    }

    @Test
    void an_empty_or_missing_value_is_an_empty_field() {
        String csv = new Csv(List.of("a", "b", "c")).row(Arrays.asList("", null, "x")).toString();
        assertThat(csv).endsWith("\r\n,,x\r\n");
    }

    @Test
    void a_field_a_spreadsheet_would_run_as_a_formula_is_written_as_plain_text() {
        assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.field("+44")).isEqualTo("'+44");
        assertThat(Csv.field("@sum")).isEqualTo("'@sum");
        assertThat(Csv.field("-1")).isEqualTo("'-1");
        assertThat(Csv.field("c) Not stated/recorded")).isEqualTo("c) Not stated/recorded");
    }

    @Test
    void every_record_has_one_field_per_column() {
        Csv csv = new Csv(List.of("a", "b"));
        assertThatThrownBy(() -> csv.row(List.of("only one"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(csv.row(List.of("1", "2")).row(List.of("3", "4")).records()).isEqualTo(2);
    }

    @Test
    void list_1_has_exactly_the_annex_a_contact_columns() {
        assertThat(new Csv(InspectionExport.LIST_1_COLUMNS).toString()).isEqualTo(
                "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of Contact,Contact Source\r\n");
    }

    @Test
    void list_3_has_exactly_the_annex_a_referral_columns() {
        assertThat(new Csv(InspectionExport.LIST_3_COLUMNS).toString()).isEqualTo(
                "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of referral,Referral Source,"
                        + "Referral NFA?,Number of Referrals in Last 12 Months,Allocated Team,Allocated Worker\r\n");
    }
}
