/**
 * Jackson (de)serialisation of the interleaving types: {@link
 * dev.starstream.studio.vm.interleaving.json.InterleavingJson}.
 */
@NullMarked
package dev.starstream.studio.vm.interleaving.json;

import org.jspecify.annotations.NullMarked;
