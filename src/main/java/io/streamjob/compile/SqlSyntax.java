package io.streamjob.compile;

import io.streamjob.session.SparkErrors;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.catalyst.parser.AbstractParser$;
import org.apache.spark.sql.catalyst.parser.DataTypeAstBuilder;
import org.apache.spark.sql.catalyst.parser.ParseErrorListener$;
import org.apache.spark.sql.catalyst.parser.SqlBaseLexer;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;
import org.apache.spark.sql.catalyst.parser.UpperCaseCharStream;
import org.apache.spark.sql.internal.DefaultSqlApiConf$;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.NullType$;
import scala.Function1;

/**
 * Checks the syntax of schemas, expressions and queries with Spark's own grammar, lexer, error
 * strategy and messages, without a session.
 *
 * <p>Spark's parser objects read the session's SQL configuration, and merely loading it (with the
 * Spark core it pulls in) takes longer than all of validate. So the grammar is driven here as
 * Spark's {@code AbstractParser.parse} drives it, with Spark's default parser settings: a schema is
 * built into its types (so an unknown type is refused, as {@code run} would refuse it), while
 * expressions and queries are only parsed; what analysis finds (unknown columns, functions or
 * tables) is {@code plan}'s and {@code run}'s job.
 */
public final class SqlSyntax {
  private final List<String> problems = new ArrayList<>();

  private SqlSyntax() {}

  /** A checker of texts; the problems it found are in {@link #problems()}. */
  public static SqlSyntax checker() {
    return new SqlSyntax();
  }

  /** Checks a schema DDL; {@code origin} names where it was given, e.g. {@code --schema}. */
  public SqlSyntax schema(String origin, String ddl) {
    check(
        origin + ": not a valid schema",
        ddl,
        p -> new SchemaTypes().visitSingleTableSchema(p.singleTableSchema()));
    return this;
  }

  /** Checks an expression or condition. */
  public SqlSyntax expression(String origin, String what, String text) {
    check(origin + ": not a valid " + what, text, SqlBaseParser::singleExpression);
    return this;
  }

  /** Checks a query. */
  public SqlSyntax query(String origin, String sql) {
    check(origin + ": not a valid query", sql, SqlBaseParser::singleStatement);
    return this;
  }

  /** Every syntax problem found, one line each, naming where the text was given. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  /**
   * Loads and initializes the grammar on a daemon thread, so that its first use (a few hundred
   * milliseconds of class loading and ANTLR's set-up) overlaps with reading the job. Only for jobs
   * that may hold text to parse: the others load nothing of Spark.
   */
  public static void warmUpInBackground() {
    Thread warmUp =
        new Thread(
            () ->
                checker()
                    .schema("--schema", "a INT")
                    .expression("--where", "condition", "a > 0")
                    .query("--sql", "SELECT a FROM events"),
            "sql-grammar-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
  }

  /**
   * {@code what}: the option and what its text should be, e.g. "--where: not a valid condition".
   */
  private void check(String what, String text, Function1<SqlBaseParser, Object> rule) {
    try {
      parse(text, rule);
    } catch (Exception e) {
      // Spark's Scala code throws the checked ParseException without declaring it.
      AnalysisException parseError =
          SparkErrors.asAnalysisError(e).orElseThrow(() -> new IllegalStateException(e));
      problems.add(what + ": " + SparkErrors.message(parseError));
    }
  }

  /** What {@code AbstractParser.parse} does, with the default settings instead of the session's. */
  private static void parse(String text, Function1<SqlBaseParser, Object> rule) {
    SqlBaseLexer lexer = new SqlBaseLexer(new UpperCaseCharStream(CharStreams.fromString(text)));
    lexer.removeErrorListeners();
    lexer.addErrorListener(ParseErrorListener$.MODULE$);
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    SqlBaseParser parser = new SqlBaseParser(tokens);
    AbstractParser$.MODULE$.configureParser(parser, text, tokens, DefaultSqlApiConf$.MODULE$);
    AbstractParser$.MODULE$.executeWithTwoStageStrategy(parser, tokens, rule);
  }

  /**
   * Spark's builder of schema types, which refuses unknown types. Two valid types are not built: a
   * plain TIMESTAMP reads the session's setting (with or without time zone), and a plain STRING
   * loads the collation library (ICU), each costing more than validate itself. The types built are
   * thrown away: only whether the text is a schema matters here.
   */
  private static final class SchemaTypes extends DataTypeAstBuilder {
    @Override
    public DataType visitPrimitiveDataType(SqlBaseParser.PrimitiveDataTypeContext ctx) {
      String text = ctx.getText();
      return text.equalsIgnoreCase("TIMESTAMP") || text.equalsIgnoreCase("STRING")
          ? NullType$.MODULE$
          : super.visitPrimitiveDataType(ctx);
    }
  }
}
