package uk.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/** Each view's {@code @RolesAllowed} is one role or one of the sets {@link Roles} names, and the names are the roles'. */
class RoleSetsTest {

    @Test
    void everyViewAllowsOneRoleOrANamedSet() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RolesAllowed.class));
        List<Class<?>> views = scanner.findCandidateComponents("uk.frontdoor").stream().map(RoleSetsTest::load).toList();

        assertThat(views).isNotEmpty().allSatisfy(view -> {
            Set<String> allowed = Set.of(view.getAnnotation(RolesAllowed.class).value());
            assertThat(allowed.size() == 1 || allowed.equals(Roles.REFERRERS) || allowed.equals(Roles.DUTY)
                    || allowed.equals(Roles.SCHOOL_STAFF))
                    .as("%s allows %s: one role, or a set Roles names", view.getSimpleName(), allowed).isTrue();
        });
    }

    @Test
    void eachNameIsARole() throws IllegalAccessException {
        for (Field constant : Roles.class.getFields()) {
            if (Modifier.isStatic(constant.getModifiers()) && constant.getType() == String.class) {
                assertThat(constant.get(null)).isEqualTo(Role.valueOf(constant.getName()).name());
            }
        }
        assertThat(Arrays.stream(Role.values()).filter(Role::raisesConcerns).map(Role::name))
                .containsExactlyInAnyOrder(Roles.TEACHER, Roles.SAFEGUARDING_LEAD, Roles.GP);
    }

    private static Class<?> load(BeanDefinition definition) {
        return ClassUtils.resolveClassName(definition.getBeanClassName(), RoleSetsTest.class.getClassLoader());
    }
}
