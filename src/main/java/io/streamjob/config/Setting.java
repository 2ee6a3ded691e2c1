package io.streamjob.config;

/**
 * One job setting: its value (a String, or a List of Strings for select/dedup) and where it was
 * given, e.g. {@code --source-option subscribe} or {@code orders.yaml:7 (source.format)}.
 */
public record Setting(Object value, String origin) {}
