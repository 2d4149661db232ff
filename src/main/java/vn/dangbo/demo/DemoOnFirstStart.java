package vn.dangbo.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start of the server with demo data on, loads each part of the demo into an empty
 * database, in the order they build on one another: the organization, its congress, the handbook's
 * documents and study campaigns, the portal's news. (The rating module loads its demo rounds after these.)
 */
@Component
@Profile("!command")
@Order(10)
class DemoOnFirstStart implements ApplicationRunner {

    private final boolean enabled;
    private final DemoOrganization organization;
    private final DemoCongress congress;
    private final DemoDocuments documents;
    private final DemoStudy study;
    private final DemoPortal portal;

    DemoOnFirstStart(@Value("${dangbo.demo.enabled:false}") boolean enabled, DemoOrganization organization,
                     DemoCongress congress, DemoDocuments documents, DemoStudy study, DemoPortal portal) {
        this.enabled = enabled;
        this.organization = organization;
        this.congress = congress;
        this.documents = documents;
        this.study = study;
        this.portal = portal;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        organization.loadIfEmpty();
        congress.loadIfEmpty();
        documents.loadIfEmpty();
        study.loadIfEmpty();
        portal.loadIfEmpty();
    }
}
