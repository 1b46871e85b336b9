package uk.frontdoor.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Function;

/** A page's list: each item as its own component, or one plain sentence saying there is none yet. */
public final class ListOrNone {

    private ListOrNone() {
    }

    public static <T> void show(HasComponents into, List<T> items, String none, Function<T, Component> each) {
        if (items.isEmpty()) {
            into.add(new Paragraph(none));
        }
        items.forEach(item -> into.add(each.apply(item)));
    }
}
