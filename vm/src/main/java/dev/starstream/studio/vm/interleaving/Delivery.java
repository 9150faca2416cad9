package dev.starstream.studio.vm.interleaving;

import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.interleaving.op.RefId;

/** What a transfer or a constructor delivered to a process: the argument ref and its sender. */
public record Delivery(RefId val, ProcessId caller) {}
