package org.samskab;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring Boot test on its own fresh MariaDB database ({@link TestDatabase}). All tests with this annotation
 * share one context and one database; each test makes its own network with unique names, so no test depends on
 * another's data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, CheapPasswordHashing.class})
public @interface IntegrationTest {
}
