package org.intransit.junit;

import org.assertj.core.description.Description;
import org.assertj.core.error.ErrorMessageFactory;
import org.assertj.core.presentation.Representation;

/**
 * The text of one failed assertion, in the shape {@code Expecting <what> to <property> but
 * <evidence>}; the subclasses ({@code Should*}) hold the wording, the assertions only the logic.
 * Values are written as they are (trace ids and times unquoted); an {@code as(...)} description
 * comes first in brackets, as in AssertJ.
 */
abstract class IntransitMessage implements ErrorMessageFactory {

    /** The message without a description. */
    abstract String text();

    @Override
    public final String create(Description description, Representation representation) {
        return create(description);
    }

    @Override
    public final String create(Description description) {
        String value = description == null ? null : description.value();
        return value == null || value.isEmpty() ? text() : "[" + value + "] " + text();
    }

    @Override
    public final String create() {
        return text();
    }

    @Override
    public String toString() {
        return text();
    }
}
