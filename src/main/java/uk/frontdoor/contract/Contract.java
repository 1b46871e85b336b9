package uk.frontdoor.contract;

/**
 * A message in one version of a contract: a record whose components are exactly the properties of its JSON Schema
 * (integration-routes/contracts/&lt;contract&gt;.schema.json), so Jackson writes and reads it field for field.
 */
public interface Contract {

    /** The contract's name and version, the schema's {@code contract} constant, e.g. {@code offer.v1}. */
    String contract();

    /** The id a consumer recognises a redelivery by. */
    String messageId();
}
