package uk.frontdoor.testsupport;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The portal's pages as Vaadin finds them at start-up, package-private ones included: Karibu's own discovery sees
 * public classes only, and a feature's views are its own business (package-private). A test outside a view's
 * package names the view by its class's simple name.
 */
public final class Views {

    private static final String BASE = "uk.frontdoor";
    private static final List<Class<? extends Component>> PAGES = find(new AnnotationTypeFilter(Route.class))
            .stream().<Class<? extends Component>>map(type -> type.asSubclass(Component.class)).toList();

    private Views() {
    }

    /** Every page under {@code basePackage}, and the error pages, for Karibu's mock servlet. */
    @SuppressWarnings("unchecked")
    public static Routes under(String basePackage) {
        Set<Class<? extends Component>> pages = new LinkedHashSet<>();
        PAGES.stream().filter(page -> page.getPackageName().startsWith(basePackage)).forEach(pages::add);
        Set<Class<? extends HasErrorParameter<?>>> errorPages = new LinkedHashSet<>();
        find(new AssignableTypeFilter(HasErrorParameter.class))
                .forEach(type -> errorPages.add((Class<? extends HasErrorParameter<?>>) type));
        return new Routes(pages, errorPages, true);
    }

    public static Routes all() {
        return under(BASE);
    }

    /** The page whose class is called {@code simpleName}, for navigating to it from another package. */
    public static Class<? extends Component> named(String simpleName) {
        List<Class<? extends Component>> matching = PAGES.stream()
                .filter(page -> page.getSimpleName().equals(simpleName)).toList();
        if (matching.size() != 1) {
            throw new IllegalArgumentException("Not one page called " + simpleName + ": " + matching);
        }
        return matching.getFirst();
    }

    /** Opens the page called {@code simpleName} with its URL parameter, as following a link to it would. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void open(String simpleName, String parameter) {
        UI.getCurrent().navigate((Class) named(simpleName), parameter);
    }

    private static List<Class<?>> find(org.springframework.core.type.filter.TypeFilter filter) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(filter);
        return scanner.findCandidateComponents(BASE).stream()
                .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), Views.class.getClassLoader()))
                .<Class<?>>map(type -> type)
                .toList();
    }
}
