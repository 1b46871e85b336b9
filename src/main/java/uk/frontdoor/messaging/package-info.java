/**
 * The outbox, the broker, the contracts of messages and parked (dead-letter) messages for operators.
 */
@ApplicationModule(displayName = "Messaging",
        allowedDependencies = {"audit", "contract", "failure", "liveupdate", "security", "shell", "validation"})
package uk.frontdoor.messaging;

import org.springframework.modulith.ApplicationModule;
