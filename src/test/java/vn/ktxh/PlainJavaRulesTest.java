package vn.ktxh;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Component;

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
}
