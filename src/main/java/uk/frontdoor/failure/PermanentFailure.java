package uk.frontdoor.failure;

/**
 * A failure that the same message can never get past: a broken contract, an outside system's refusal. The
 * exceptions of the modules that detect them carry this mark, so {@link FailureKind} needs none of their types.
 */
public interface PermanentFailure {
}
