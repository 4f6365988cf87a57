package org.intransit.transport.x400;

/**
 * The ISO 8073 TPDU-size parameter (code {@code 0xC0} in CR and CC): the largest TPDU, header
 * included, either side may send once the connection is up, coded as a power of two.
 *
 * <pre>
 * code  0x07 0x08 0x09 0x0A 0x0B 0x0C 0x0D
 * bytes  128  256  512 1024 2048 4096 8192
 * </pre>
 *
 * <p>Class 0 allows only 128..2048; 4096 and 8192 exist for the other classes. This transport
 * proposes {@link #CLASS_0_MAX} and, as a responder, never confirms more than that, but it
 * accepts any code of the table from a peer and answers with the smaller of the two. Without
 * the parameter the size is {@link #DEFAULT} (128).
 *
 * @param code the parameter value, {@code 0x07..0x0D}
 */
public record TpduSize(int code) implements Comparable<TpduSize> {

    /** 128 bytes, what a CR or CC without the parameter means. */
    public static final TpduSize DEFAULT = new TpduSize(0x07);

    /** 2048 bytes, the largest size class 0 allows. */
    public static final TpduSize CLASS_0_MAX = new TpduSize(0x0B);

    /** 8192 bytes, the largest code ISO 8073 defines. */
    public static final TpduSize LARGEST = new TpduSize(0x0D);

    /** The DT header: LI, code, EOT/NR. */
    static final int DT_HEADER_LENGTH = 3;

    public TpduSize {
        if (code < 0x07 || code > 0x0D) {
            throw new IllegalArgumentException(String.format("TPDU size code 0x%02x is not 0x07..0x0D", code));
        }
    }

    /** The size in bytes, header included. */
    public int bytes() {
        return 1 << code;
    }

    /** How much user data one DT TPDU of this size carries. */
    public int maxUserData() {
        return bytes() - DT_HEADER_LENGTH;
    }

    /** The smaller of the two: what a responder confirms. */
    public TpduSize atMost(TpduSize other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public String toString() {
        return String.format("%d bytes (0x%02x)", bytes(), code);
    }

    @Override
    public int compareTo(TpduSize other) {
        return Integer.compare(code, other.code);
    }
}
