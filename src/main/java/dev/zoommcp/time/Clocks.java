package dev.zoommcp.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.DefaultBean;

/**
 * The one clock of the server: UTC wall time. Code that needs "now" (default date ranges, token expiry times,
 * {@code Retry-After} dates) injects {@link Clock}, never calls {@code now()} on its own, so that tests can pin the date.
 * A test replaces it by declaring another {@code Clock} bean.
 */
@Singleton
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock utc() {
        return Clock.systemUTC();
    }

    /**
     * The application's clock for code that the REST client or Fault Tolerance instantiate outside CDI (static
     * exception mappers, retry policies); UTC system time when no application is running (pure unit tests).
     */
    public static Clock current() {
        ArcContainer container = Arc.container();
        return container != null && container.isRunning() ? container.instance(Clock.class).get() : Clock.systemUTC();
    }
}
