package com.stratum.common;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time from a stream (quoted fields, doubled quotes, CRLF or LF), holding one
 * record in memory: a file of any length streams through it. A field longer than {@code maxField} characters is
 * kept only up to that length and the record says so ({@link Record#tooLong}), so that one huge field cannot
 * exhaust memory.
 */
public final class CsvReader {
    public record Record(List<String> fields, boolean tooLong, boolean unclosedQuote) {
    }

    private final Reader in;
    private final int maxField;
    private int peeked = -2;

    public CsvReader(Reader in, int maxField) {
        this.in = in;
        this.maxField = maxField;
    }

    /** The next record, or null at the end of the stream. */
    public Record next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean tooLong = false;
        boolean quoted = false;
        boolean fieldStart = true;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    fields.add(field.toString());
                    return new Record(fields, tooLong, true);
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        tooLong |= append(field, '"');
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    tooLong |= append(field, (char) c);
                }
            } else if (c == -1 || c == '\n' || c == '\r') {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        peeked = after;
                    }
                }
                fields.add(field.toString());
                return new Record(fields, tooLong, false);
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                c = read();
                continue;
            } else if (c == '"' && fieldStart) {
                quoted = true;
            } else {
                tooLong |= append(field, (char) c);
            }
            fieldStart = false;
            c = read();
        }
    }

    private boolean append(StringBuilder field, char c) {
        if (field.length() >= maxField) {
            return true;
        }
        field.append(c);
        return false;
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int c = peeked;
            peeked = -2;
            return c;
        }
        return in.read();
    }
}
