package org.samskab.live;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * Only when {@code samskab.cluster.members} names the cluster's members (docs/adr/0207). Blank counts as unset, as
 * an empty environment variable in a compose file is.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnExpression("!'${" + ClusterConfiguration.MEMBERS + ":}'.isBlank()")
@interface ConditionalOnCluster {
}
