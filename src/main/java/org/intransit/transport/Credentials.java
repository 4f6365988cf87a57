package org.intransit.transport;

/**
 * What a caller presents when it binds. Each transport reads the part it needs.
 *
 * @param callerServer the calling server's name (all transports)
 * @param account the service account presented in an RPC bind: the caller's own, or a site
 *     connector's override account
 * @param mtaName the caller's X.400 MTA name
 * @param password the X.400 MTA password, or {@code null}
 */
public record Credentials(String callerServer, String account, String mtaName, String password) {

    /** Never print a password: records' default {@code toString} would. */
    @Override
    public String toString() {
        return "Credentials[callerServer=" + callerServer + ", account=" + account + ", mtaName=" + mtaName
                + ", password=" + (password == null ? "none" : "***") + "]";
    }
}
