package org.jingzhun;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jingzhun.system.Today;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Pins the business clock (Camunda's ClockUtil) to {@link #TODAY} 10:00 Beijing time for each test. */
public class FixedClock implements BeforeEachCallback, AfterEachCallback {

    public static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    public static void set(LocalDate date) {
        ClockUtil.setCurrentTime(Date.from(date.atTime(LocalTime.of(10, 0)).atZone(Today.ZONE).toInstant()));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        set(TODAY);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
    }
}
