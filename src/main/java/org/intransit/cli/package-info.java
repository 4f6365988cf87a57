/**
 * The command line: {@code intransit run | validate | list | serve} (picocli). Exit 0 when
 * every check and expectation held, 1 when one failed, 2 on a bad scenario file or bad
 * arguments; {@code run} and {@code serve} print the run directory as their last line.
 */
package org.intransit.cli;
