package uk.frontdoor.council.performance.ui;

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

    /** Narrow, so the text stays readable when a phone shrinks the chart to its width. */
    private static final int WIDTH = 400;
    private static final int FONT = 15;
    private static final int LINE = 19;
    private static final int BAR = 22;
    private static final int GAP = 16;
    private static final int TOTAL_SPACE = 56;
    /** An average character of Arial at {@link #FONT}, to wrap labels and the legend before they run off. */
    private static final double CHARACTER = 8.2;

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
     * @param legend whether to name the series above the bars (always, for a chart of stacked series)
     */
    static Svg of(String id, String title, List<Series> series, List<Bar> bars, boolean legend) {
        StringBuilder svg = new StringBuilder();
        List<String> keys = new ArrayList<>();
        int y = 0;
        if (legend) {
            // Keys side by side while they fit, a long one wrapped onto lines of its own.
            int x = 0;
            int rowHeight = LINE;
            y = 2;
            int keyWidth = (int) ((WIDTH - 20) / CHARACTER);
            for (Series each : series) {
                List<String> lines = wrap(each.label(), keyWidth);
                int itemWidth = 20 + (int) Math.ceil(lines.stream().mapToInt(String::length).max().orElse(0) * CHARACTER) + 18;
                if (x > 0 && x + itemWidth > WIDTH) {
                    x = 0;
                    y += rowHeight + 6;
                    rowHeight = LINE;
                }
                StringBuilder key = new StringBuilder(String.format(Locale.UK,
                        "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>", x, y + 1, each.colour()));
                for (int line = 0; line < lines.size(); line++) {
                    key.append(String.format(Locale.UK, "<text x=\"%d\" y=\"%d\">%s</text>", x + 20,
                            y + 13 + line * LINE, escape(lines.get(line))));
                }
                keys.add(key.toString());
                rowHeight = Math.max(rowHeight, lines.size() * LINE);
                x += itemWidth;
            }
            y += rowHeight + 14;
        }
        long max = bars.stream().mapToLong(Bar::total).max().orElse(0);
        double scale = max == 0 ? 0 : (double) (WIDTH - TOTAL_SPACE) / max;
        StringBuilder rows = new StringBuilder();
        for (Bar bar : bars) {
            List<String> lines = wrap(bar.label(), (int) (WIDTH / CHARACTER));
            for (int line = 0; line < lines.size(); line++) {
                rows.append(String.format(Locale.UK, "<text x=\"0\" y=\"%d\">%s</text>", y + FONT + line * LINE,
                        escape(lines.get(line))));
            }
            int barTop = y + lines.size() * LINE + 3;
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
        keys.forEach(svg::append);
        svg.append(rows);
        svg.append("</svg>");
        Svg chart = new Svg(svg.toString());
        chart.setId(id);
        chart.addClassName("fd-chart");
        return chart;
    }

    /** Words onto lines of at most {@code width} characters (a longer word gets a line of its own). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
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
