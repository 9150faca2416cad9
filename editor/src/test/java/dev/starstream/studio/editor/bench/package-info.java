/** Benchmark mains, run on demand (never by the test suite); see docs/STATUS.md for numbers. */
@NullMarked
package dev.starstream.studio.editor.bench;

import org.jspecify.annotations.NullMarked;
