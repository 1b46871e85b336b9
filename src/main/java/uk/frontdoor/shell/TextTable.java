package uk.frontdoor.shell;

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
        NativeTable table = new NativeTable();
        table.addClassName("fd-table");
        table.setCaptionText(caption);
        table.getCaption().addClassName("fd-table__caption");
        NativeTableRow head = table.getHead().addRow();
        for (String heading : headings) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(heading);
            cell.getElement().setAttribute("scope", "col");
        }
        for (List<String> cells : rows) {
            NativeTableRow row = table.getBody().addRow();
            cells.forEach(cell -> row.addDataCell().setText(cell == null ? "" : cell));
        }
        Div region = new Div(table);
        region.addClassName("fd-table-region");
        region.getElement().setAttribute("role", "region");
        region.getElement().setAttribute("aria-label", caption);
        region.getElement().setAttribute("tabindex", "0");
        return region;
    }
}
