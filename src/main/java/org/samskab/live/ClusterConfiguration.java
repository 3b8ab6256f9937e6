package org.samskab.live;

import com.hazelcast.config.Config;
import com.hazelcast.config.IndexConfig;
import com.hazelcast.config.IndexType;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.config.ReliableTopicConfig;
import com.hazelcast.config.RingbufferConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.TopicOverloadPolicy;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Several servers (docs/adr/0207): a Hazelcast member in each, configured here only when
 * {@code samskab.cluster.members} names the members to join; one server alone starts none. The member stops with
 * the application.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnCluster
class ClusterConfiguration {

    static final String MEMBERS = "samskab.cluster.members";
    /** Every committed change any server announces, in each server's order (a reliable topic: a ringbuffer). */
    static final String CHANGES = "samskab.changes";
    /** Who has which board open on which server; entries expire unless their server renews them. */
    static final String PRESENCE = "samskab.presence";
    /** How long a change stays readable for a server that falls behind; after that it reads the database. */
    private static final int CHANGES_KEPT = 20_000;
    private static final int CHANGES_KEPT_SECONDS = 120;

    @Bean
    Config samskabCluster(@Value("${" + MEMBERS + "}") String members,
            @Value("${samskab.cluster.name:samskab}") String name,
            @Value("${samskab.cluster.port:5701}") int port,
            @Value("${samskab.cluster.interface:}") String bindTo) {
        Config config = new Config();
        config.setClusterName(name);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        // Spring stops the member when the application stops, after the screens have gone.
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(false);
        if (!bindTo.isBlank()) {
            network.getInterfaces().setEnabled(true).addInterface(bindTo);
            // Only there: Hazelcast's Community Edition has no authentication, so the member listens where told.
            config.setProperty("hazelcast.socket.bind.any", "false");
        }
        // Servers started together may each form a cluster of one before they see each other: merge soon.
        config.setProperty("hazelcast.merge.first.run.delay.seconds", "30");
        config.setProperty("hazelcast.merge.next.run.delay.seconds", "30");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(members(members));
        config.addRingBufferConfig(new RingbufferConfig("_hz_rb_" + CHANGES).setCapacity(CHANGES_KEPT)
                .setTimeToLiveSeconds(CHANGES_KEPT_SECONDS));
        config.addReliableTopicConfig(new ReliableTopicConfig(CHANGES)
                .setTopicOverloadPolicy(TopicOverloadPolicy.DISCARD_OLDEST).setReadBatchSize(100));
        config.addMapConfig(new MapConfig(PRESENCE).setBackupCount(1)
                .addIndexConfig(new IndexConfig(IndexType.HASH, "boardId")));
        return config;
    }

    /** The member, built from the configuration above; it leaves the cluster when the application stops. */
    @Bean(destroyMethod = "shutdown")
    HazelcastInstance samskabHazelcast(Config samskabCluster) {
        return Hazelcast.newHazelcastInstance(samskabCluster);
    }

    static List<String> members(String members) {
        return Arrays.stream(members.split(",")).map(String::strip).filter(member -> !member.isEmpty()).toList();
    }
}
