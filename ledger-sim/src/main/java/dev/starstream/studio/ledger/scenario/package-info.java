/**
 * JSON scenarios: contracts to deploy (from source), keys, and a list of script calls with arguments
 * and signers, that build a reproducible ledger (docs/ledger.md, "Scenarios").
 */
@NullMarked
package dev.starstream.studio.ledger.scenario;

import org.jspecify.annotations.NullMarked;
