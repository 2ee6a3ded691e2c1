import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryProgress;
import org.apache.spark.sql.streaming.Trigger;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark program a user would write by hand for the same jobs streamjob runs in the
 * benchmarks: Spark's defaults, nothing tuned. Prints each batch's progress as JSON on stdout.
 *
 * <p>Usage: HandWrittenJob stateless|stateful BOOTSTRAP TOPIC noop|parquet OUT_DIR CHECKPOINT
 */
public final class HandWrittenJob {
  public static void main(String[] args) throws Exception {
    String kind = args[0];
    SparkSession spark = SparkSession.builder().appName("hand-written").master("local[*]").getOrCreate();
    StructType schema = StructType.fromDDL(
        "id BIGINT, user STRING, amount DOUBLE, ts TIMESTAMP, country STRING, note STRING");
    Dataset<Row> orders = spark.readStream().format("kafka")
        .option("kafka.bootstrap.servers", args[1]).option("subscribe", args[2])
        .option("startingOffsets", "earliest").load()
        .select(functions.from_json(functions.col("value").cast("string"), schema).as("o"))
        .select("o.*");
    Dataset<Row> result = kind.equals("stateful")
        ? orders.withWatermark("ts", "10 seconds")
            .groupBy(functions.col("user"), functions.window(functions.col("ts"), "1 minute"))
            .agg(functions.count("*").as("orders"), functions.sum("amount").as("total"))
        : orders;
    var writer = result.writeStream().format(args[3])
        .outputMode(kind.equals("stateful") ? "update" : "append")
        .option("checkpointLocation", args[5]).trigger(Trigger.AvailableNow());
    if (args[3].equals("parquet")) {
      writer = writer.option("path", args[4]);
    }
    StreamingQuery query = writer.start();
    query.awaitTermination();
    for (StreamingQueryProgress p : query.recentProgress()) {
      System.out.println("PROGRESS " + p.json().replace('\n', ' '));
    }
    spark.stop();
  }

  private HandWrittenJob() {}
}
