package dev.starstream.studio.ledger.store;

import dev.starstream.studio.vm.ledger.ChainParameters;
import dev.starstream.studio.vm.ledger.InMemoryLedger;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The settings a store was created with, kept in its {@code meta} table. */
public record StoreMeta(ChainParameters parameters, InMemoryLedger.Mining mining) {
    public static final String FORMAT = "starstream-ledger";

    public Map<String, String> toRows() {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("format", FORMAT);
        rows.put("genesis_time_ms", Long.toString(parameters.genesisTimeMillis()));
        rows.put("slot_ms", Long.toString(parameters.slotMillis()));
        rows.put("slots_per_block", Long.toString(parameters.slotsPerBlock()));
        rows.put("mining", miningName(mining));
        return rows;
    }

    public static StoreMeta fromRows(Map<String, String> rows) throws SQLException {
        if (!FORMAT.equals(rows.get("format"))) {
            throw new SQLException("this SQLite database is not a Starstream ledger (its meta table has no format \""
                    + FORMAT + "\")");
        }
        try {
            ChainParameters parameters = new ChainParameters(Long.parseLong(rows.get("genesis_time_ms")),
                    Long.parseLong(rows.get("slot_ms")), Long.parseLong(rows.get("slots_per_block")));
            return new StoreMeta(parameters, mining(rows.get("mining")));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new SQLException("the ledger's chain parameters are damaged: " + rows, e);
        }
    }

    public static String miningName(InMemoryLedger.Mining mining) {
        return mining.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static InMemoryLedger.Mining mining(String name) {
        for (InMemoryLedger.Mining mining : InMemoryLedger.Mining.values()) {
            if (miningName(mining).equals(name)) {
                return mining;
            }
        }
        throw new IllegalArgumentException("mining is per-transaction or on-demand, not " + name);
    }
}
