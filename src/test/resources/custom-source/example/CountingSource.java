package example;

import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.read.streaming.MicroBatchStream;
import org.apache.spark.sql.connector.read.streaming.Offset;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * A streaming DataSource V2 source registered as "counting" (META-INF/services): one batch of
 * {@code partitions} input partitions, partition p producing the rows (p, id) for the ids from
 * {@code p * rowsPerPartition} up to the next partition's first id, so that every row is known
 * in advance and tells which input partition it came from.
 */
public class CountingSource implements TableProvider, DataSourceRegister {
  static final StructType SCHEMA = new StructType()
      .add("part", DataTypes.IntegerType).add("id", DataTypes.LongType);

  @Override
  public String shortName() {
    return "counting";
  }

  @Override
  public StructType inferSchema(CaseInsensitiveStringMap options) {
    return SCHEMA;
  }

  @Override
  public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> props) {
    int partitions = Integer.parseInt(props.getOrDefault("partitions", "3"));
    long rows = Long.parseLong(props.getOrDefault("rowsPerPartition", "10"));
    return new CountingTable(partitions, rows);
  }

  record CountingTable(int partitions, long rows) implements Table, SupportsRead {
    @Override
    public String name() {
      return "counting";
    }

    @Override
    public StructType schema() {
      return SCHEMA;
    }

    @Override
    public Set<TableCapability> capabilities() {
      return Set.of(TableCapability.MICRO_BATCH_READ);
    }

    @Override
    public ScanBuilder newScanBuilder(CaseInsensitiveStringMap options) {
      return () -> new Scan() {
        @Override
        public StructType readSchema() {
          return SCHEMA;
        }

        @Override
        public MicroBatchStream toMicroBatchStream(String checkpointLocation) {
          return new CountingStream(partitions, rows);
        }
      };
    }
  }

  /** Offset 0 before any data, 1 once the one batch of rows is available. */
  static final class CountingOffset extends Offset {
    final long value;

    CountingOffset(long value) {
      this.value = value;
    }

    @Override
    public String json() {
      return Long.toString(value);
    }
  }

  record Slice(int part, long from, long until) implements InputPartition {}

  record CountingStream(int partitions, long rows) implements MicroBatchStream {
    @Override
    public Offset initialOffset() {
      return new CountingOffset(0);
    }

    @Override
    public Offset latestOffset() {
      return new CountingOffset(1);
    }

    @Override
    public Offset deserializeOffset(String json) {
      return new CountingOffset(Long.parseLong(json));
    }

    @Override
    public InputPartition[] planInputPartitions(Offset start, Offset end) {
      if (((CountingOffset) start).value >= ((CountingOffset) end).value) {
        return new InputPartition[0];
      }
      InputPartition[] slices = new InputPartition[partitions];
      for (int p = 0; p < partitions; p++) {
        slices[p] = new Slice(p, IdRange.first(p, rows), IdRange.first(p + 1, rows));
      }
      return slices;
    }

    @Override
    public PartitionReaderFactory createReaderFactory() {
      return new SliceReaderFactory();
    }

    @Override
    public void commit(Offset end) {}

    @Override
    public void stop() {}
  }

  static final class SliceReaderFactory implements PartitionReaderFactory {
    @Override
    public PartitionReader<InternalRow> createReader(InputPartition partition) {
      Slice slice = (Slice) partition;
      return new PartitionReader<>() {
        private long next = slice.from() - 1;

        @Override
        public boolean next() {
          next++;
          return next < slice.until();
        }

        @Override
        public InternalRow get() {
          return new GenericInternalRow(new Object[] {slice.part(), next});
        }

        @Override
        public void close() {}
      };
    }
  }
}
