package io.drillbook.core.evidence;

/**
 * Makes several store writes one unit: every write made by {@code work} on this thread commits
 * together, or none does. A drill step's state change goes to the journal and the evidence log
 * this way, in one commit instead of two.
 */
@FunctionalInterface
public interface Transactions {

    /** Each write commits on its own: for stores that are not transactional (tests, memory). */
    Transactions SEPARATE = Runnable::run;

    void inOne(Runnable work);
}
