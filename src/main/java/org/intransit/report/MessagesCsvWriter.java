package org.intransit.report;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import org.intransit.check.MessageRecord;

/**
 * Writes {@code messages.csv}: a header row and one row per message (RFC 4180 quoting; times as
 * ISO-8601 durations of scenario time). Columns: {@value #HEADER}.
 */
final class MessagesCsvWriter {

    static final String HEADER =
            "trace,from,to,submittedAt,outcome,outcomeAt,server,queue,status,x400Reason,x400Diagnostic,hops,mailbox,origin,ndrTrace,detail";

    private MessagesCsvWriter() {}

    static void write(List<MessageRecord> messages, Writer out) throws IOException {
        out.write(HEADER);
        out.write("\r\n");
        for (MessageRecord m : messages) {
            boolean queued = m.fate() == org.intransit.check.Fate.QUEUED;
            String[] row = {
                m.trace(), m.from(), m.to(), time(m.submittedAt()), m.fate().label(), time(m.outcomeAt()),
                m.server(), queued ? m.place() : null, m.status(), m.x400Reason(), m.x400Diagnostic(),
                String.valueOf(m.hops()), queued ? null : m.place(), m.origin().label(), m.ndrTrace(), m.detail(),
            };
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quote(row[i]));
            }
            out.write("\r\n");
        }
    }

    private static String time(Duration d) {
        return d == null ? "" : d.toString();
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
