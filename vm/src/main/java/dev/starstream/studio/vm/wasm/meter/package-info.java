/**
 * The metering pass: {@link dev.starstream.studio.vm.wasm.meter.Metering#meter} takes any module
 * and returns a {@link dev.starstream.studio.vm.wasm.meter.MeteredModule}: the original bytes (and
 * their SHA-256, the program's identity), the metered bytes that run, and a {@link
 * dev.starstream.studio.vm.wasm.meter.MeterLayout} saying which globals hold the remaining gas, the
 * remaining call depth, the per-function counters and the causes of a trap. One gas unit is one
 * executed original instruction ({@code end} and {@code else} excluded), charged per basic block at
 * block entry; calls of hooks from the import modules a {@link
 * dev.starstream.studio.vm.wasm.meter.MeterConfig} names, and the instructions pushing their arguments,
 * are free (a debug build costs what its release build costs). Use {@code vm.wasm.load} to run metered modules; it reads and sets these globals.
 */
@NullMarked
package dev.starstream.studio.vm.wasm.meter;

import org.jspecify.annotations.NullMarked;
