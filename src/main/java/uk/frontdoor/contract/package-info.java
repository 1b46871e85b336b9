/**
 * One Java record per version of each message contract under integration-routes/contracts/: what senders build
 * and what intakes read, with Jackson. ContractRecordsTest keeps each record and its JSON Schema the same shape.
 */
@ApplicationModule(displayName = "Contracts", allowedDependencies = {})
package uk.frontdoor.contract;

import org.springframework.modulith.ApplicationModule;
