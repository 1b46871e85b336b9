package uk.frontdoor.performance.ui;

import com.vaadin.flow.component.Svg;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn on the server as inline SVG (no JavaScript, no Node build). Each bar has its
 * label above it and its total after it; stacked segments are told apart by colour, a white gap and the legend,
 * and every number is also in the table that goes with the chart. The SVG is one image to assistive
 * technology (role="img", named by its title and described by its desc).
 */
final class BarChart {

    /** Colours with at least 3:1 contrast on white (WCAG 1.4.11), the last for "all other". */
    static final List<String> COLOURS = List.of("#1d70b8", "#00703c", "#d4351c", "#4c2c92", "#d53880", "#505a5f");

    private static final int WIDTH = 480;
    private static final int FONT = 14;
    private static final int LABEL = 20;
    private static final int BAR = 22;
    private static final int GAP = 14;
    private static final int TOTAL_SPACE = 64;
    private static final double CHARACTER = 7.6;

    record Series(String label, String colour) {
    }

    record Bar(String label, List<Long> values) {

        long total() {
            return values.stream().mapToLong(Long::longValue).sum();
        }
    }

    private BarChart() {
    }

    /**
     * @param id unique on the page; the title and desc get ids from it
     * @param title what the chart shows, read out as the image's name
     */
    static Svg of(String id, String title, List<Series> series, List<Bar> bars) {
        StringBuilder svg = new StringBuilder();
        List<String> legend = new ArrayList<>();
        int y = 0;
        if (series.size() > 1) {
            int x = 0;
            y = 4;
            for (Series each : series) {
                int itemWidth = 14 + 6 + (int) Math.ceil(each.label().length() * CHARACTER) + 18;
                if (x > 0 && x + itemWidth > WIDTH) {
                    x = 0;
                    y += 24;
                }
                legend.add(String.format(Locale.UK,
                        "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>"
                                + "<text x=\"%d\" y=\"%d\">%s</text>",
                        x, y, each.colour(), x + 20, y + 12, escape(each.label())));
                x += itemWidth;
            }
            y += 24 + 8;
        }
        long max = bars.stream().mapToLong(Bar::total).max().orElse(0);
        double scale = max == 0 ? 0 : (double) (WIDTH - TOTAL_SPACE) / max;
        StringBuilder rows = new StringBuilder();
        for (Bar bar : bars) {
            rows.append(String.format(Locale.UK, "<text x=\"0\" y=\"%d\">%s</text>", y + FONT, escape(bar.label())));
            int barTop = y + LABEL;
            double x = 0;
            int last = lastNonZero(bar.values());
            for (int i = 0; i < bar.values().size(); i++) {
                long value = bar.values().get(i);
                if (value == 0) {
                    continue;
                }
                double width = value * scale;
                // A 2-unit white gap after each segment but the last, so neighbouring colours never touch.
                double drawn = i == last ? width : Math.max(width - 2, 1);
                rows.append(String.format(Locale.UK,
                        "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                        x, barTop, drawn, BAR, series.get(Math.min(i, series.size() - 1)).colour()));
                x += width;
            }
            rows.append(String.format(Locale.UK, "<text x=\"%.1f\" y=\"%d\" font-weight=\"bold\">%d</text>",
                    x + 6, barTop + 16, bar.total()));
            y = barTop + BAR + GAP;
        }
        int height = Math.max(y, 1);
        svg.append(String.format(Locale.UK,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"%1$s-title %1$s-desc\" "
                        + "viewBox=\"0 0 %2$d %3$d\" width=\"%2$d\" height=\"%3$d\" focusable=\"false\" "
                        + "font-family=\"arial, helvetica, sans-serif\" font-size=\"%4$d\" fill=\"#0b0c0c\">",
                escape(id), WIDTH, height, FONT));
        svg.append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(escape(id)).append("-desc\">")
                .append("The same numbers are in the table after the chart.</desc>");
        legend.forEach(svg::append);
        svg.append(rows);
        svg.append("</svg>");
        Svg chart = new Svg(svg.toString());
        chart.setId(id);
        chart.addClassName("fd-chart");
        return chart;
    }

    private static int lastNonZero(List<Long> values) {
        for (int i = values.size() - 1; i >= 0; i--) {
            if (values.get(i) != 0) {
                return i;
            }
        }
        return -1;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
