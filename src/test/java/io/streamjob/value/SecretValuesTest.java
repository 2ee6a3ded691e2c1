package io.streamjob.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SecretValuesTest {
  @Test
  void longSecretsAreMaskedWherever() {
    SecretValues secrets = new SecretValues();
    secrets.addIfSensitive("password", "s3cret");
    assertEquals(
        "connect with ***** failed: *****x", secrets.scrub("connect with s3cret failed: s3cretx"));
  }

  @Test
  void shortSecretsAreMaskedAsTheValueOfASecretOptionOnly() {
    SecretValues secrets = new SecretValues();
    secrets.addIfSensitive("password", "ab");
    secrets.addIfSensitive("kafka.sasl.token", "7");
    // Where streamjob, Spark and drivers print them: flags, JSON, JDBC URLs, JAAS, properties.
    assertEquals("--sink-option password=*****", secrets.scrub("--sink-option password=ab"));
    assertEquals(
        "{\"user\":\"u\",\"password\":\"*****\"}",
        secrets.scrub("{\"user\":\"u\",\"password\":\"ab\"}"));
    assertEquals(
        "jdbc:postgresql://h/db?user=u&password=*****&ssl=true",
        secrets.scrub("jdbc:postgresql://h/db?user=u&password=ab&ssl=true"));
    assertEquals(
        "Module required username=\"u\" password=\"*****\";",
        secrets.scrub("Module required username=\"u\" password=\"ab\";"));
    assertEquals("kafka.sasl.token: *****, x", secrets.scrub("kafka.sasl.token: 7, x"));
    // Elsewhere the letters stay: masking them would garble every word and number holding them.
    assertEquals(
        "table about_abc: 7 rows, password=abc, password=AB",
        secrets.scrub("table about_abc: 7 rows, password=abc, password=AB"));
  }
}
