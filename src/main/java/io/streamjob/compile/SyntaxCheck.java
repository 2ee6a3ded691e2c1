package io.streamjob.compile;

import io.streamjob.config.TransformSpec;

/**
 * The syntax of a job's schema and SQL texts, checked with Spark's parser. A job without any such
 * text does not touch the parser, so its classes are loaded only when there is something to parse.
 */
final class SyntaxCheck {
  private SyntaxCheck() {}

  /** {@code schema}: the DDL, read from its file if given as one; null when none. */
  static void check(String schema, TransformSpec transform, Compilation c) {
    if (schema == null
        && transform.where() == null
        && transform.select().isEmpty()
        && transform.sql() == null) {
      return;
    }
    SqlSyntax syntax = SqlSyntax.checker();
    if (schema != null) {
      syntax.schema(c.origins.of("source.schema"), schema);
    }
    if (transform.where() != null) {
      syntax.expression(c.origins.of("transform.where"), "condition", transform.where());
    }
    for (String expression : transform.select()) {
      syntax.expression(c.origins.of("transform.select"), "expression", expression);
    }
    if (transform.sql() != null) {
      syntax.query(c.origins.of("transform.sql"), transform.sql());
    }
    c.problems.addAll(syntax.problems());
  }
}
