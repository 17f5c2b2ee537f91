package vn.ktxh;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.ktxh.account.Actor;

@AnalyzeClasses(packages = "vn.ktxh", importOptions = ImportOption.DoNotIncludeTests.class)
class PlainJavaRulesTest {

    @ArchTest
    static final ArchRule rulesNeedNeitherSpringNorADatabase = classes()
            // files, xlsx, render: readers and writers of .docx, .pdf and .xlsx, whose libraries are their whole point
            .that()
            .resideOutsideOfPackages(
                    "..storage..", "..web..", "vn.ktxh.database..", "..files..", "..xlsx..", "..render..")
            .and()
            .areNotMetaAnnotatedWith(Component.class)
            .and()
            .doNotHaveSimpleName("package-info")
            .and()
            .resideOutsideOfPackage("vn.ktxh") // the root package only wires the application and its commands
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "vn.ktxh..")
            .because("a rule is read and tested as plain Java");

    @ArchTest
    static final ArchRule sqlLivesInStorage = noClasses()
            // the root package wires the commands' database: JdbcClient, transactions, the schema version
            .that()
            .resideOutsideOfPackages("..storage..", "vn.ktxh.database..")
            .and()
            .resideOutsideOfPackage("vn.ktxh")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "org.springframework.jdbc..", "org.postgresql..")
            .because("the SQL you read is in storage/");

    @ArchTest
    static final ArchRule theWebActsForWhoeverSignedIn = noClasses()
            // these two are where the signed-in account is put into the security context and taken from it
            .that()
            .resideInAPackage("..web..")
            .and()
            .doNotHaveSimpleName("ActingAccount")
            .and()
            .doNotHaveSimpleName("BearerTokens")
            .should()
            .callMethod(Actor.class, "system")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName(SecurityContextHolder.class.getName())
            .because("a request acts for the account signed in, resolved once as its Actor parameter (ActingAccount)");
}
