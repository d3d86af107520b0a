package io.rapport.app.internal.session;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/** Serialises the Jobs that touch the open project: the store allows one writer, and a close must not cut a read. */
final class ProjectRule implements ISchedulingRule {
    @Override
    public boolean contains(ISchedulingRule rule) {
        return rule == this;
    }

    @Override
    public boolean isConflicting(ISchedulingRule rule) {
        return rule == this;
    }
}
