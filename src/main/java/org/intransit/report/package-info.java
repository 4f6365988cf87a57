/**
 * The files a run leaves under {@code reports/<scenario>/<run-id>/}: {@code summary.json} (the
 * contract other tools read) and {@code messages.csv} (one row per message). Files are written
 * under a temporary name and renamed into place.
 */
package org.intransit.report;
