package nl.examenkamer.testing;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One Payara Micro for every Arquillian test class of a run, instead of one per class.
 *
 * <p>Payara Micro cannot take a deployment once it runs, so its Arquillian adapter boots a server
 * for every test class and kills it afterwards: 25 to 45 s per class on a 2-core machine, most of
 * the suite's time. Every container test deploys the same WAR and already shares one database
 * (each makes its own accounts, sessions and candidates), so the first class boots the server,
 * later classes get the same one, and it stops when the run ends. Tests of what a restart or a
 * crash does start their own servers ({@link PayaraProcess}).
 */
public final class OneServerForAllTests implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayaraMicro.class);
    }

    /** Payara Micro's adapter, keeping its server for the next test class. */
    public static final class SharedPayaraMicro extends PayaraMicroDeployableContainer {

        private Archive<?> deployed;
        private ProtocolMetaData running;

        @Override
        public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
            if (deployed == null) {
                running = super.deploy(archive);
                deployed = archive;
            } else if (!deployed.getName().equals(archive.getName())) {
                throw new DeploymentException("the shared server runs " + deployed.getName() + ", not "
                        + archive.getName() + ": every container test deploys the application WAR");
            }
            return running;
        }

        @Override
        public void undeploy(Archive<?> archive) {
            // kept running for the next test class; stop() ends it with the run
        }

        @Override
        public void stop() throws LifecycleException {
            if (deployed != null) {
                try {
                    super.undeploy(deployed);
                } catch (DeploymentException e) {
                    throw new LifecycleException("could not stop the shared Payara Micro", e);
                }
                deployed = null;
            }
            super.stop();
        }
    }
}
