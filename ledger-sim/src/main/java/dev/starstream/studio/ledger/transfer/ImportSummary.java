package dev.starstream.studio.ledger.transfer;

import dev.starstream.studio.vm.ledger.Hash32;
import java.nio.file.Path;

/** What an import created: where, how many entries, and how its transactions were verified. */
public record ImportSummary(
        Path directory, long entries, long transactions, long blocks, long snapshots, Hash32 stateRoot, String verifiedBy) {}
