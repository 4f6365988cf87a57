/**
 * Testing mail routing with JUnit 5: {@link org.intransit.junit.IntransitTest} and
 * {@link org.intransit.junit.IntransitExtension} start a scenario's harness for a test class or
 * method and close it afterwards, writing its report; {@link org.intransit.junit.IntransitAwait}
 * waits in scenario time (stepping the virtual clock, or Awaitility on the scaled one);
 * {@link org.intransit.junit.IntransitAssertions} asserts outcomes, queues and MTA events in
 * AssertJ's style. The {@code Should*} classes hold the failure messages' wording.
 */
package org.intransit.junit;
