package dev.zoommcp.zoom;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.faulttolerance.api.CustomBackoffStrategy;

/**
 * When and how long to wait before retrying a Zoom call (used by {@code @RetryWhen} and {@code @CustomBackoff} on
 * {@code ZoomCalls} and {@link OAuthGateway}). Fault Tolerance instantiates these classes itself, so they read {@link ZoomConfig} from the
 * config rather than by injection.
 */
public final class RetryPolicy {

    private RetryPolicy() {
    }

    static ZoomConfig.Retry config() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(ZoomConfig.class).retry();
    }

    /**
     * Retries what may succeed the second time: 5xx, connection failures and I/O timeouts, per-attempt timeouts, and
     * a 429 whose {@code Retry-After} (if any) is at most {@code zoom.retry.max-retry-after} and is not a daily quota.
     * Never other 4xx: a bad token or a missing recording stays so.
     */
    public static final class Transient implements Predicate<Throwable> {
        @Override
        public boolean test(Throwable failure) {
            if (failure instanceof TimeoutException) {
                return true;
            }
            if (failure instanceof ZoomException.RateLimited limited) {
                return !limited.dailyLimit() && limited.retryAfter()
                        .map(wait -> wait.compareTo(config().maxRetryAfter()) <= 0).orElse(true);
            }
            return failure instanceof ZoomException zoom && zoom.isTransient();
        }
    }

    /** Retries only a short 429: the token endpoint is not idempotent (a lost answer may have rotated the token). */
    public static final class RateLimitOnly implements Predicate<Throwable> {
        @Override
        public boolean test(Throwable failure) {
            return failure instanceof ZoomException.RateLimited && new Transient().test(failure);
        }
    }

    /**
     * Exponential back-off with jitter: {@code zoom.retry.initial-delay} doubled per retry, capped at
     * {@code zoom.retry.max-delay}, minus a random part of up to half. A 429's {@code Retry-After} is honoured as a
     * lower bound (the predicate has already refused waits that are too long). A new instance serves each invocation.
     */
    public static final class Backoff implements CustomBackoffStrategy {
        private final ZoomConfig.Retry config = config();
        private long nextDelay = config.initialDelay().toMillis();

        @Override
        public long nextDelayInMillis(Throwable cause) {
            long base = Math.min(nextDelay, config.maxDelay().toMillis());
            nextDelay = Math.min(nextDelay * 2, config.maxDelay().toMillis());
            long delay = base - (base <= 1 ? 0 : ThreadLocalRandom.current().nextLong(base / 2 + 1));
            if (cause instanceof ZoomException.RateLimited limited) {
                long asked = limited.retryAfter().map(Duration::toMillis).orElse(0L);
                delay = Math.max(delay, asked);
            }
            return delay;
        }
    }
}
