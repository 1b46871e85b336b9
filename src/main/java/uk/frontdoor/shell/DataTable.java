package uk.frontdoor.shell;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/** A plain HTML table with a caption and column headers: readable by screen readers and on a phone. */
public final class DataTable {

    private DataTable() {
    }

    public static NativeTable of(String caption, List<String> headers, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("fd-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        headers.forEach(header -> head.addHeaderCell().setText(header));
        NativeTableBody body = table.getBody();
        for (List<String> cells : rows) {
            NativeTableRow row = body.addRow();
            cells.forEach(cell -> row.addDataCell().setText(cell == null ? "" : cell));
        }
        return table;
    }
}
