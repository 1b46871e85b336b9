package uk.frontdoor.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Whether a committed transaction survives a power cut: {@code fsync} and {@code full_page_writes} on, and
 * {@code synchronous_commit} anything but {@code off}, as the running server reports them ({@code SHOW}).
 */
record Durability(Map<String, String> settings) {

    static final List<String> SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes");

    static Durability of(DataSource dataSource) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String setting : SETTINGS) {
                try (ResultSet row = statement.executeQuery("SHOW " + setting)) {
                    row.next();
                    settings.put(setting, row.getString(1));
                }
            }
        }
        return new Durability(settings);
    }

    /** The settings that lose committed transactions in a power cut, as {@code name=value}; empty when durable. */
    List<String> unsafe() {
        return settings.entrySet().stream()
                .filter(setting -> setting.getKey().equals("synchronous_commit")
                        ? setting.getValue().equals("off") : !setting.getValue().equals("on"))
                .map(setting -> setting.getKey() + "=" + setting.getValue())
                .toList();
    }

    boolean durable() {
        return unsafe().isEmpty();
    }

    @Override
    public String toString() {
        return settings.entrySet().stream().map(setting -> setting.getKey() + "=" + setting.getValue())
                .collect(Collectors.joining(", "));
    }
}
