/**
 * Identities and lane encoding (RUNTIME A.9 P2/P3): {@link
 * dev.starstream.studio.vm.interleaving.encoding.Ids} (program hash, interface id, function id) and
 * {@link dev.starstream.studio.vm.interleaving.encoding.Lanes} with its writer and reader (lanes ↔
 * 4-lane words).
 */
@NullMarked
package dev.starstream.studio.vm.interleaving.encoding;

import org.jspecify.annotations.NullMarked;
