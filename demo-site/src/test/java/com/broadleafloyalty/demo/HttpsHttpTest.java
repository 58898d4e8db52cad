package com.broadleafloyalty.demo;

import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The storefront served over HTTPS (a connector with a throwaway self-signed certificate made by the JDK's keytool):
 * HSTS and the session cookie's Secure flag appear there, and only there.
 */
class HttpsHttpTest {

    private static final String PASSWORD = "changeit-" + System.nanoTime();

    @TempDir
    static Path folder;

    private static DemoShop shop;
    private static ServerConnector https;
    private static SSLContext trustingTheShop;

    @BeforeAll
    static void startShopWithHttps() throws Exception {
        File keystore = folder.resolve("shop.p12").toFile();
        Process keytool = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/keytool").getPath(),
                "-genkeypair", "-alias", "shop", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", keystore.getPath(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).isZero();

        shop = DemoShop.start("127.0.0.1", 0, DemoDatabase.inMemory("https" + System.nanoTime()), false);
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(keystore.getPath());
        ssl.setKeyStorePassword(PASSWORD);
        ssl.setKeyStoreType("PKCS12");
        HttpConfiguration config = new HttpConfiguration();
        config.addCustomizer(new SecureRequestCustomizer());
        https = new ServerConnector(shop.server(), new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()),
                new HttpConnectionFactory(config));
        https.setHost("127.0.0.1");
        https.setPort(0);
        shop.server().addConnector(https);
        https.start();

        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keystore)) {
            trusted.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        trustingTheShop = SSLContext.getInstance("TLS");
        trustingTheShop.init(null, trust.getTrustManagers(), null);
    }

    @AfterAll
    static void stopShop() throws Exception {
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    void shouldSendHstsAndASecureSessionCookieOverHttpsOnly() throws Exception {
        Connection.Response secure = Jsoup.connect("https://127.0.0.1:" + https.getLocalPort() + "/login")
                .sslSocketFactory(trustingTheShop.getSocketFactory()).ignoreHttpErrors(true).execute();
        assertThat(secure.statusCode()).isEqualTo(200);
        assertThat(secure.header("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(sessionCookie(secure)).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");

        Connection.Response plain = Jsoup.connect(shop.baseUrl() + "/login").ignoreHttpErrors(true).execute();
        assertThat(plain.hasHeader("Strict-Transport-Security")).isFalse();
        assertThat(sessionCookie(plain)).doesNotContain("Secure").contains("HttpOnly");
    }

    private static String sessionCookie(Connection.Response response) {
        for (String header : response.headers("Set-Cookie")) {
            if (header.startsWith("JSESSIONID=")) {
                return header;
            }
        }
        throw new AssertionError("No session cookie in " + response.headers("Set-Cookie"));
    }
}
