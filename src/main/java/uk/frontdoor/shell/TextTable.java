package uk.frontdoor.shell;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/**
 * A plain table of text with a caption and column headings, in a region that scrolls sideways on a narrow
 * screen and can be reached with the keyboard (the figures tables in performance.ui share its styles).
 */
public final class TextTable {

    private TextTable() {
    }

    public static Div of(String caption, List<String> headings, List<List<String>> rows) {
        return table(caption, headings, rows, false, 0, 0);
    }

    /**
     * The first cell of each row heads that row (read out with each of its cells), and {@code figures} columns
     * from {@code firstFigure} on hold numbers, aligned right.
     */
    public static Div withRowHeadings(String caption, List<String> headings, List<List<String>> rows, int firstFigure,
            int figures) {
        return table(caption, headings, rows, true, firstFigure, figures);
    }

    private static Div table(String caption, List<String> headings, List<List<String>> rows, boolean rowHeadings,
            int firstFigure, int figures) {
        NativeTable table = new NativeTable();
        table.addClassName("fd-table");
        table.setCaptionText(caption);
        table.getCaption().addClassName("fd-table__caption");
        NativeTableRow head = table.getHead().addRow();
        for (int column = 0; column < headings.size(); column++) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(headings.get(column));
            cell.getElement().setAttribute("scope", "col");
            if (isFigure(column, firstFigure, figures)) {
                cell.addClassName("fd-table__header--numeric");
            }
        }
        for (List<String> cells : rows) {
            NativeTableRow row = table.getBody().addRow();
            for (int column = 0; column < cells.size(); column++) {
                HtmlContainer cell = rowHeadings && column == 0 ? row.addHeaderCell() : row.addDataCell();
                cell.setText(cells.get(column) == null ? "" : cells.get(column));
                if (rowHeadings && column == 0) {
                    cell.getElement().setAttribute("scope", "row");
                }
                if (isFigure(column, firstFigure, figures)) {
                    cell.addClassName("fd-table__cell--numeric");
                }
            }
        }
        Div region = new Div(table);
        region.addClassName("fd-table-region");
        region.getElement().setAttribute("role", "region");
        region.getElement().setAttribute("aria-label", caption);
        region.getElement().setAttribute("tabindex", "0");
        return region;
    }

    private static boolean isFigure(int column, int firstFigure, int figures) {
        return column >= firstFigure && column < firstFigure + figures;
    }
}
