package org.jingzhun.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The business clock. It reads Camunda's {@link ClockUtil} so that a test moving the engine's clock (to fire a
 * timer) moves the dates our services write as well.
 */
@Component
public class Today {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public LocalDate date() {
        return LocalDate.ofInstant(now(), ZONE);
    }

    public Instant now() {
        return currentInstant();
    }

    /** For entities, which cannot have the bean injected. */
    public static Instant currentInstant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
