# streamjob in a container: the launcher as entrypoint, embedded Spark, job files under /conf.
#   docker build -t streamjob .
#   docker run --rm -v "$PWD/conf/examples:/conf:ro" -v /data:/data streamjob -c /conf/orders-to-parquet.yaml
# Stop with a grace period longer than --stop-timeout (default 25s): docker stop -t 35.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml mvnw ./
COPY .mvn .mvn
COPY conf conf
COPY src src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
# A fixed, unprivileged user: Spark needs a home and a name for it in /etc/passwd.
RUN groupadd --system --gid 10001 streamjob \
 && useradd --system --uid 10001 --gid streamjob --create-home --home-dir /home/streamjob streamjob \
 && mkdir -p /conf /data \
 && chown streamjob:streamjob /data
WORKDIR /opt/streamjob
COPY --from=build /src/target/streamjob-*-all.jar lib/
COPY bin/streamjob bin/
COPY conf conf
COPY LICENSE NOTICE ./
# The class-data archive that makes validate start fast, made now: lib/ is read-only at run time.
RUN bin/streamjob --version >/dev/null
USER streamjob
# Embedded Spark even if a SPARK_HOME is set by a derived image.
ENV STREAMJOB_LAUNCHER=embedded
VOLUME ["/conf", "/data"]
# The launcher execs the JVM: a container stop (SIGTERM) reaches streamjob itself.
ENTRYPOINT ["/opt/streamjob/bin/streamjob"]
CMD ["--help"]
