package org.jingzhun;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class JingzhunApplication {

    public static void main(String[] args) {
        SpringApplication.run(JingzhunApplication.class, args);
    }

}
