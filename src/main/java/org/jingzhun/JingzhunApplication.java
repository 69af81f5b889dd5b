package org.jingzhun;

import java.util.TimeZone;

import org.jingzhun.system.Today;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class JingzhunApplication {

    public static void main(String[] args) {
        // due dates, timers and logs in the users' time zone, whatever the server's
        TimeZone.setDefault(TimeZone.getTimeZone(Today.ZONE));
        SpringApplication.run(JingzhunApplication.class, args);
    }

}
