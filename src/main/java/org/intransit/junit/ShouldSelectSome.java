package org.intransit.junit;

/**
 * {@code Expecting messages from bob to alice to be all bounced but none was selected (40
 * messages so far)}: an assertion about all of nothing proves nothing, so it fails.
 */
final class ShouldSelectSome extends IntransitMessage {

    private final String selection;
    private final String property;
    private final int inRun;

    private ShouldSelectSome(String selection, String property, int inRun) {
        this.selection = selection;
        this.property = property;
        this.inRun = inRun;
    }

    static ShouldSelectSome shouldSelectSome(String selection, String property, int inRun) {
        return new ShouldSelectSome(selection, property, inRun);
    }

    @Override
    String text() {
        return "Expecting " + selection + " to " + property + " but none was selected (" + Evidence.count(inRun, "message")
                + " in the run so far)";
    }
}
