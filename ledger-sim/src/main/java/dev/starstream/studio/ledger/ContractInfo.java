package dev.starstream.studio.ledger;

import dev.starstream.studio.vm.ledger.Hash32;

/** A deployed contract without its bytes. */
public record ContractInfo(Hash32 hash, String name, int moduleBytes, long seq) {}
