package org.gradflow.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or "development" when run from classes. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = GradFlowCommand.class.getPackage().getImplementationVersion();
        return new String[] {"GradFlow " + (version == null ? "(development build)" : version)};
    }
}
