package io.drillbook.core.team;

/**
 * A run lock whose database session was lost (terminated by an admin, a server restart) while a
 * run held it. Either the lock was free and has been taken again for the same holder, or someone
 * else took it meanwhile and two runs may now overlap: the one holding it is named.
 *
 * @param resource  the lock, e.g. {@code playbook-run:shop/prod}
 * @param holder    who held it before the loss
 * @param nowHeldBy who holds it now: {@code holder} again when re-taken, another when lost
 */
public record LockLoss(String resource, LockHolder holder, LockHolder nowHeldBy) {

    public boolean retaken() {
        return nowHeldBy != null && nowHeldBy.holder().equals(holder.holder()) && nowHeldBy.since().equals(holder.since());
    }
}
