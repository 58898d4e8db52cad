package com.broadleafloyalty.throttle.web;

import com.broadleafloyalty.support.web.ClientAddressResolver;
import com.broadleafloyalty.throttle.core.Lockout;
import com.broadleafloyalty.throttle.core.ThrottleKind;
import com.broadleafloyalty.throttle.service.ThrottleService;
import com.broadleafloyalty.throttle.service.ThrottledException;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The login adapter's order of things, with a recording throttle and a password check that knows one password. */
class ThrottlingAuthenticationProviderTest {

    private final RecordingThrottle throttle = new RecordingThrottle();
    private final PasswordCheck passwords = new PasswordCheck();
    private final ThrottlingAuthenticationProvider provider = new ThrottlingAuthenticationProvider();

    ThrottlingAuthenticationProviderTest() {
        provider.setDelegate(passwords);
        provider.setThrottle(throttle);
        provider.setAddresses(new ClientAddressResolver());
        provider.setKind(ThrottleKind.ADMIN_LOGIN);
    }

    private static Authentication login(String password) {
        return new UsernamePasswordAuthenticationToken("ana", password);
    }

    @Test
    void shouldForgetTheFailuresAfterTheRightPassword() {
        assertThat(provider.authenticate(login("right")).isAuthenticated()).isTrue();

        assertThat(throttle.calls).containsExactly("check ADMIN_LOGIN ana", "success ADMIN_LOGIN ana");
    }

    @Test
    void shouldCountAWrongPasswordAndSayItWasWrong() {
        assertThatThrownBy(() -> provider.authenticate(login("wrong"))).isInstanceOf(BadCredentialsException.class);

        assertThat(throttle.calls).containsExactly("check ADMIN_LOGIN ana", "failure ADMIN_LOGIN ana");
    }

    @Test
    void shouldAnswerTheFailureThatLocksAsTheLock() {
        throttle.lockAtNextFailure = true;

        assertThatThrownBy(() -> provider.authenticate(login("wrong"))).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void shouldRefuseALockedLoginWithoutCheckingThePassword() {
        throttle.locked = true;

        assertThatThrownBy(() -> provider.authenticate(login("right"))).isInstanceOf(LoginThrottledException.class);
        assertThat(passwords.checks).isZero();
    }

    @Test
    void shouldRefuseAsAFailedLoginWhenTheCountersCannotBeRead() {
        throttle.broken = true;

        AuthenticationException refused = null;
        try {
            provider.authenticate(login("right"));
        } catch (AuthenticationException e) {
            refused = e;
        }
        assertThat(refused).isInstanceOf(AuthenticationServiceException.class);
        assertThat(passwords.checks).isZero();
    }

    private static final class PasswordCheck implements AuthenticationProvider {

        int checks;

        @Override
        public Authentication authenticate(Authentication authentication) {
            checks++;
            if (!"right".equals(authentication.getCredentials())) {
                throw new BadCredentialsException("Bad credentials");
            }
            return new UsernamePasswordAuthenticationToken(authentication.getName(), null,
                    Collections.emptyList());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    }

    private static final class RecordingThrottle implements ThrottleService {

        final List<String> calls = new ArrayList<String>();
        boolean locked;
        boolean lockAtNextFailure;
        boolean broken;

        private Lockout lockout() {
            Instant now = Instant.now();
            return new Lockout(now.plusSeconds(600), now);
        }

        @Override
        public void check(ThrottleKind kind, String account, String address) {
            if (broken) {
                throw new IllegalStateException("database gone");
            }
            calls.add("check " + kind + " " + account);
            if (locked) {
                throw new ThrottledException(lockout());
            }
        }

        @Override
        public Lockout recordFailure(ThrottleKind kind, String account, String address) {
            calls.add("failure " + kind + " " + account);
            return lockAtNextFailure ? lockout() : null;
        }

        @Override
        public void recordSuccess(ThrottleKind kind, String account) {
            calls.add("success " + kind + " " + account);
        }

        @Override
        public int removeForgotten() {
            return 0;
        }
    }
}
