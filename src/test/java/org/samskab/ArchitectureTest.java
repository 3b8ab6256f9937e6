package org.samskab;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/** The package structure the README describes, kept honest. */
@AnalyzeClasses(packages = "org.samskab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.samskab.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule viewsCallServicesNotRepositories = noClasses().that().resideInAPackage("org.samskab..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("views call their feature's service, which owns transactions and authorization");

    @ArchTest
    static final ArchRule servicesDoNotDependOnViews = noClasses().that().resideOutsideOfPackage("org.samskab..ui..")
            .and().resideOutsideOfPackage("org.samskab.security..")
            .should().dependOnClassesThat().resideInAPackage("org.samskab..ui..")
            .because("features publish services; only views sit on top of them");

    @ArchTest
    static final ArchRule onlyTheLivePackageUsesCollaborationEngine = noClasses().that()
            .resideOutsideOfPackage("org.samskab.live..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin.collaborationengine..")
            .because("Collaboration Engine is deprecated from Vaadin 25.3; a move to signals must touch one package");

    @ArchTest
    static final ArchRule onlyTheLivePackageUsesTheCluster = noClasses().that()
            .resideOutsideOfPackage("org.samskab.live..")
            .should().dependOnClassesThat().resideInAPackage("com.hazelcast..")
            .because("what crosses servers is the live layer's: committed changes and presence (docs/adr/0207)");

    @ArchTest
    static final ArchRule gatheringsSitOnTopOfNetworksAndBoards = noClasses().that()
            .resideInAnyPackage("org.samskab.base..", "org.samskab.member..", "org.samskab.security..",
                    "org.samskab.network..", "org.samskab.board..")
            .should().dependOnClassesThat().resideInAPackage("org.samskab.gathering..")
            .because("a gathering uses networks and boards; the network page finds its tab as a Spring bean");

    @ArchTest
    static final ArchRule screensDoNotCallOperationsThatTrustTheirCaller = noClasses().that()
            .resideInAPackage("org.samskab..ui..")
            .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "an operation marked @NotForScreens", call -> call.getTarget().resolveMember()
                            .map(method -> method.isAnnotatedWith(org.samskab.base.NotForScreens.class))
                            .orElse(false)))
            .because("such an operation takes an id on trust; a screen calls the operation that checks who acts"
                    + " (docs/adr/0204)");

    /** Every package of ours but base, so a new feature is covered without editing the rule. */
    @ArchTest
    static final ArchRule sharedBaseDependsOnNoFeature = noClasses().that().resideInAPackage("org.samskab.base..")
            .should().dependOnClassesThat(resideInAPackage("org.samskab..")
                    .and(not(resideInAPackage("org.samskab.base.."))))
            .because("every feature builds on base, so base knows none of them");
}
