/** Constraints, memory consistency, folding (IVC chains, PCD tree) and the verifier. No JavaFX. */
@NullMarked
package dev.starstream.studio.prover;

import org.jspecify.annotations.NullMarked;
