package io.drillbook.infra.local;

import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.RemoteShell;
import io.drillbook.testing.RemoteShellContract;

/** The shell contract on this machine, through /bin/sh. */
class LocalRemoteShellTest extends RemoteShellContract {
    @Override
    protected RemoteShell openShell() {
        return new LocalRemoteShell(ConnectionProfile.local("local"));
    }
}
