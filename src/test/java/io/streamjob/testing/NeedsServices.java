package io.streamjob.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks test classes that start a server (a Kafka broker, PostgreSQL). `./mvnw test` leaves them
 * out so that the edit-test loop needs no services; `./mvnw verify` runs them with the integration
 * tests (the "services" execution of failsafe in pom.xml).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(NeedsServices.TAG)
public @interface NeedsServices {
  String TAG = "services";
}
