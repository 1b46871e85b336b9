package uk.frontdoor.demo;

import java.time.Clock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The demo month ({@code FRONTDOOR_DEMO_MONTH}): on by default in demo mode, never outside it ({@link DemoMode}
 * refuses to start with it asked for there). Only with it is the portal's clock the {@link DemoClock}, and only with it
 * does {@link DemoMonthSeeder} exist.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoMonth.On.class)
public class DemoMonth {

    public static final String SWITCH = "frontdoor.demo.month";

    /** Whether the month is asked for: as set, else as demo mode is. */
    static boolean requested(Environment environment) {
        return environment.getProperty(SWITCH, Boolean.class,
                environment.getProperty(DemoMode.SWITCH, Boolean.class, false));
    }

    /** Asked for, and in demo mode. */
    static boolean on(Environment environment) {
        return environment.getProperty(DemoMode.SWITCH, Boolean.class, false) && requested(environment);
    }

    /** The application's clock, made one the month's steps can set; every service that injects it is unchanged. */
    @Bean
    static BeanPostProcessor demoClock() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof Clock clock && !(bean instanceof DemoClock) && "clock".equals(name)
                        ? new DemoClock(clock) : bean;
            }
        };
    }

    /** Health's {@code demoMonth}: whether the month is being prepared, and how far it has got (counts only). */
    @Bean
    HealthIndicator demoMonthHealthIndicator(DemoMonthSeeder seeder) {
        return seeder::health;
    }

    static final class On implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return on(context.getEnvironment());
        }
    }
}
