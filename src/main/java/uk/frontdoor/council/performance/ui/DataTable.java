package uk.frontdoor.council.performance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableFooter;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/**
 * A GOV.UK-style table of figures: a caption, column headings, a heading for each row, numbers aligned right.
 * It sits in a region that scrolls sideways on a narrow screen and can be reached with the keyboard to do so.
 */
final class DataTable extends Div {

    private final NativeTable table = new NativeTable();
    private final NativeTableBody body;

    /** @param headings the first names the row headings' column; the rest are numeric columns */
    DataTable(String id, String caption, List<String> headings) {
        addClassName("fd-table-region");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", caption);
        getElement().setAttribute("tabindex", "0");
        table.setId(id);
        table.addClassName("fd-table");
        table.setCaptionText(caption);
        table.getCaption().addClassName("fd-table__caption");
        NativeTableRow head = new NativeTableRow();
        for (int i = 0; i < headings.size(); i++) {
            NativeTableHeaderCell heading = new NativeTableHeaderCell(headings.get(i));
            heading.getElement().setAttribute("scope", "col");
            heading.addClassName(i == 0 ? "fd-table__header" : "fd-table__header--numeric");
            head.add(heading);
        }
        table.getHead().add(head);
        body = table.getBody();
        add(table);
    }

    DataTable row(String heading, List<String> cells) {
        body.add(row(heading, cells, false));
        return this;
    }

    /** A totals row at the foot of the table. */
    DataTable total(String heading, List<String> cells) {
        NativeTableFooter foot = table.getFoot();
        foot.add(row(heading, cells, true));
        return this;
    }

    NativeTable table() {
        return table;
    }

    private static NativeTableRow row(String heading, List<String> cells, boolean total) {
        NativeTableRow row = new NativeTableRow();
        NativeTableHeaderCell rowHeading = new NativeTableHeaderCell(heading);
        rowHeading.getElement().setAttribute("scope", "row");
        rowHeading.addClassName("fd-table__header");
        row.add(rowHeading);
        for (String cell : cells) {
            NativeTableCell value = new NativeTableCell(cell);
            value.addClassName("fd-table__cell--numeric");
            row.add(value);
        }
        if (total) {
            row.addClassName("fd-table__row--total");
        }
        return row;
    }
}
