package io.streamjob.session;

import java.util.ServiceLoader;
import org.apache.spark.sql.sources.DataSourceRegister;

/** Whether a format name that streamjob does not declare is still known to Spark. */
public final class SparkFormats {
  private SparkFormats() {}

  public static boolean isRegistered(String name) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    for (DataSourceRegister register : ServiceLoader.load(DataSourceRegister.class, loader)) {
      if (register.shortName().equalsIgnoreCase(name)) {
        return true;
      }
    }
    // A fully qualified provider class (Spark also tries NAME.DefaultSource).
    return loads(name, loader) || loads(name + ".DefaultSource", loader);
  }

  private static boolean loads(String className, ClassLoader loader) {
    try {
      Class.forName(className, false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
