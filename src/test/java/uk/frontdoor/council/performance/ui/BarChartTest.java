package uk.frontdoor.council.performance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Charts drawn as SVG on the server: one named image each, text escaped, segments and totals as given. */
class BarChartTest {

    @Test
    void a_chart_is_one_image_named_by_its_title_and_described_as_also_in_a_table() {
        String svg = svg(BarChart.of("chart", "Contacts each week", List.of(new BarChart.Series("Schools (2A)", "#1d70b8")),
                List.of(new BarChart.Bar("5 to 11 March 2012", List.of(2L))), false));
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-title chart-desc\"")
                .contains("<title id=\"chart-title\">Contacts each week</title>",
                        "<desc id=\"chart-desc\">The same numbers are in the table after the chart.</desc>",
                        ">5 to 11 March 2012</text>", "font-weight=\"bold\">2</text>")
                .endsWith("</svg>")
                .doesNotContain("Schools (2A)"); // no legend asked for
    }

    @Test
    void stacked_segments_have_a_legend_and_the_bar_ends_in_its_total() {
        String svg = svg(BarChart.of("chart", "By source", List.of(new BarChart.Series("Schools (2A)", "#1d70b8"),
                new BarChart.Series("GP (3A)", "#00703c")), List.of(new BarChart.Bar("Week 1", List.of(3L, 1L)),
                new BarChart.Bar("Week 2", List.of(0L, 2L))), true));
        assertThat(svg).contains(">Schools (2A)</text>", ">GP (3A)</text>", "fill=\"#1d70b8\"", "fill=\"#00703c\"",
                "font-weight=\"bold\">4</text>", "font-weight=\"bold\">2</text>");
    }

    @Test
    void text_from_the_data_is_escaped_so_it_cannot_become_markup() {
        String svg = svg(BarChart.of("chart", "A <b> & \"c\"", List.of(new BarChart.Series("x", "#1d70b8")),
                List.of(new BarChart.Bar("<script>alert(1)</script>", List.of(1L))), true));
        assertThat(svg).doesNotContain("<script>", "<b>").contains("&lt;script&gt;", "A &lt;b&gt; &amp; &quot;c&quot;");
    }

    @Test
    void a_long_label_is_wrapped_onto_lines_that_fit_the_chart() {
        assertThat(BarChart.wrap("Strategy discussion and child protection enquiry (section 47)", 48))
                .containsExactly("Strategy discussion and child protection enquiry", "(section 47)");
        assertThat(BarChart.wrap("Early help", 48)).containsExactly("Early help");
        String svg = svg(BarChart.of("chart", "Outcomes", List.of(new BarChart.Series("x", "#1d70b8")),
                List.of(new BarChart.Bar("Strategy discussion and child protection enquiry (section 47)", List.of(1L))), false));
        assertThat(svg).contains(">Strategy discussion and child protection enquiry</text>", ">(section 47)</text>");
    }

    private static String svg(com.vaadin.flow.component.Svg chart) {
        return chart.getElement().getProperty("innerHTML");
    }
}
