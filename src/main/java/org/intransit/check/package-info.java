/**
 * Verdicts as pure folds over a finished ledger. The conservation check gives every message
 * exactly one fate (delivered, NDR, queued, rejected, indeterminate, or the failures lost,
 * duplicated, misrouted) by holding the history against the final read of every store and
 * queue.
 */
package org.intransit.check;
