package com.broadleafloyalty.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The launcher's {@code --db postgresql://...} form, without a server (DemoShopOnPostgresTest runs one). */
class DemoPostgresDatabaseTest {

    @Test
    void shouldTurnALibpqUriIntoJdbcUrlUserAndPassword() {
        assertThat(DemoPostgresDatabase.parseUri("postgresql://shop:s3cret@db.example:6543/loyalty"))
                .containsExactly("jdbc:postgresql://db.example:6543/loyalty", "shop", "s3cret");
        assertThat(DemoPostgresDatabase.parseUri("postgres://shop@127.0.0.1/loyalty?sslmode=require"))
                .containsExactly("jdbc:postgresql://127.0.0.1:5432/loyalty?sslmode=require", "shop", null);
        assertThat(DemoPostgresDatabase.parseUri("postgresql:///loyalty"))
                .containsExactly("jdbc:postgresql://localhost:5432/loyalty", null, null);
        assertThat(DemoPostgresDatabase.parseUri("postgresql://shop:p%40ss%3Aw+rd@localhost/loyalty")[2])
                .isEqualTo("p@ss:w+rd");
    }

    @Test
    void shouldRefuseOtherDatabasesAndMissingNamesWithoutEchoingThePassword() {
        assertThatThrownBy(() -> DemoPostgresDatabase.parseUri("mysql://shop:s3cret@localhost/loyalty"))
                .isInstanceOf(DemoStartupException.class)
                .hasMessageContaining("only PostgreSQL").hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> DemoPostgresDatabase.parseUri("postgresql://shop:s3cret@localhost"))
                .isInstanceOf(DemoStartupException.class).hasMessageContaining("names no database");
        assertThatThrownBy(() -> DemoPostgresDatabase.parseUri("postgresql://shop:s3 cret@localhost/x"))
                .isInstanceOf(DemoStartupException.class).hasMessageNotContaining("s3 cret");
        assertThatThrownBy(() -> DemoPostgresDatabase.open(null, "jdbc:h2:mem:x", "sa", ""))
                .isInstanceOf(DemoStartupException.class).hasMessageContaining("jdbc:postgresql://");
    }
}
