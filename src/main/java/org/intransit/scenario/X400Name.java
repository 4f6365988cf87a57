package org.intransit.scenario;

/**
 * The organization's X.400 naming: {@code c=country;a=admd;p=prmd}. An ADMD of a single space
 * means "any", as Exchange writes it.
 */
public record X400Name(String country, String admd, String prmd) {}
