package org.intransit.scenario;

import java.util.ArrayList;
import java.util.List;

/** The builder's {@code organization}: its domains (each once, ignoring case) and X.400 name. */
final class OrganizationParts {

    private final BuilderPlaces places;
    private String smtpDomain;
    private List<String> otherDomains = List.of();
    private X400Name x400;

    OrganizationParts(BuilderPlaces places) {
        this.places = places;
    }

    void smtpDomain(String domain) {
        smtpDomain = domain(domain, "organization.smtpDomain");
        otherDomains(otherDomains.toArray(String[]::new));
    }

    void otherDomains(String... domains) {
        List<String> checked = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        if (smtpDomain != null) {
            checked.add(smtpDomain);
            paths.add("organization.smtpDomain");
        }
        for (int i = 0; i < domains.length; i++) {
            String path = "organization.otherDomains[" + i + "]";
            String domain = domain(domains[i], path);
            for (int j = 0; j < checked.size(); j++) {
                if (checked.get(j).equalsIgnoreCase(domain)) {
                    throw places.fail(path, "duplicate domain " + domain + " (first at " + paths.get(j)
                            + "); expected each domain once");
                }
            }
            checked.add(domain);
            paths.add(path);
        }
        otherDomains = smtpDomain == null ? checked : checked.subList(1, checked.size());
    }

    void x400(String country, String admd, String prmd) {
        x400 = new X400Name(places.nonBlank(country, "a country code such as US", "organization.x400.country"),
                places.required(admd, "an ADMD name, or \" \" for any", "organization.x400.admd"),
                places.nonBlank(prmd, "a PRMD name such as Contoso", "organization.x400.prmd"));
    }

    private String domain(String domain, String path) {
        return places.run(() -> ScenarioReader.domain(places.field(domain, path)));
    }

    Organization build() {
        places.required(smtpDomain, ScenarioReader.DOMAIN_FORM, "organization.smtpDomain");
        X400Name name = x400 != null ? x400 : new X400Name("US", " ", smtpDomain.split("\\.")[0]);
        return new Organization(smtpDomain, List.copyOf(otherDomains), name);
    }
}
