package io.rapport.extensions.internal;

import io.rapport.extensions.ExtensionException;
import io.rapport.extensions.TrustOptions;
import io.rapport.extensions.TrustRefusedException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs one p2 profile change (resolve, then download, check trust, install) and turns p2's statuses into a clear
 * {@link ExtensionException}. p2 changes the profile only when every phase succeeds, so a failed, refused or
 * cancelled change leaves the installation as it was.
 */
final class ProfileChange {
    private final Installation installation;

    ProfileChange(Installation installation) {
        this.installation = installation;
    }

    /**
     * @param what  what the change does, for messages ("install org.example.feature")
     * @param trust the trust rules for the artifacts the change downloads, or {@code null} when it downloads none
     * @return false when the resolution says there is nothing to do ({@code nothingCode})
     */
    boolean run(ProfileChangeOperation operation, String what, TrustPolicy trust, int nothingCode,
            IProgressMonitor monitor) throws ExtensionException {
        SubMonitor progress = SubMonitor.convert(monitor, what, 10);
        operation.setProfileId(installation.profileId());
        IStatus resolved = operation.resolveModal(progress.split(3));
        if (resolved.getSeverity() == IStatus.CANCEL || progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        if (resolved.getCode() == nothingCode) {
            return false;
        }
        if (!operation.hasResolved() || resolved.getSeverity() == IStatus.ERROR) {
            String details = operation.getResolutionDetails();
            throw new ExtensionException("cannot " + what + ": " + describe(resolved)
                    + (details == null || details.isBlank() ? "" : "\n" + details.strip()), new CoreException(resolved));
        }
        ProvisioningJob job = operation.getProvisioningJob(progress.split(1));
        if (job == null) {
            throw new ExtensionException("cannot " + what + ": " + describe(resolved), new CoreException(resolved));
        }
        TrustPolicy policy = trust == null ? new TrustPolicy(TrustOptions.DEFAULT) : trust;
        installation.agent().registerService(UIServices.SERVICE_NAME, policy);
        IStatus done;
        try {
            done = job.runModal(progress.split(6));
        } finally {
            installation.agent().unregisterService(UIServices.SERVICE_NAME, policy);
        }
        if (trust != null && trust.refusedAnything()) {
            throw refusal(what, trust);
        }
        if (done.getSeverity() == IStatus.CANCEL || progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        if (done.getSeverity() == IStatus.ERROR) {
            throw new ExtensionException("cannot " + what + ": " + describe(done), new CoreException(done));
        }
        return true;
    }

    private static TrustRefusedException refusal(String what, TrustPolicy trust) {
        StringBuilder b = new StringBuilder("refused to " + what + "; nothing was changed:");
        List<String> unsigned = trust.refusedUnsigned().stream().map(ProfileChange::fileName).toList();
        if (!unsigned.isEmpty()) {
            b.append("\n  not signed: ").append(String.join(", ", unsigned))
                    .append("\n  (allow unsigned content with --allow-unsigned, or the preference "
                            + "io.rapport.extensions/allowUnsigned=true)");
        }
        if (!trust.refusedSigners().isEmpty()) {
            b.append("\n  signed by a key that is not trusted: ").append(String.join("; ", trust.refusedSigners()))
                    .append("\n  (trust a key with --trust-key FINGERPRINT, or the preference "
                            + "io.rapport.extensions/trustedKeys=FINGERPRINT,...)");
        }
        return new TrustRefusedException(b.toString(), unsigned, trust.refusedSigners());
    }

    private static String fileName(String detail) {
        String path = detail.contains(" [") ? detail.substring(0, detail.indexOf(" [")) : detail;
        Path p = Path.of(path).getFileName();
        return p == null ? detail : p.toString();
    }

    /** A status and its children's distinct messages, one per line, most specific last. */
    static String describe(IStatus status) {
        Set<String> lines = new LinkedHashSet<>();
        collect(status, lines);
        return String.join("\n  ", lines);
    }

    private static void collect(IStatus status, Set<String> lines) {
        if (status.getMessage() != null && !status.getMessage().isBlank()) {
            lines.add(status.getMessage().strip());
        }
        if (status.getException() != null && status.getException().getMessage() != null) {
            lines.add(status.getException().getMessage().strip());
        }
        for (IStatus child : status.getChildren()) {
            collect(child, lines);
        }
    }
}
