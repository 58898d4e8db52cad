package com.broadleafloyalty.support.security;

/** Stores a user's password again, encoded by the site's current encoder: how a legacy hash is upgraded. */
public interface PasswordRehash {

    void rehash(String username, String rawPassword);
}
