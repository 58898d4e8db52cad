package com.broadleafloyalty.admin.vip;

import static org.assertj.core.api.Assertions.assertThat;

import com.broadleafloyalty.vip.domain.PersonalCodeImpl;
import com.broadleafloyalty.vip.domain.VipOfferImpl;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Scanner;

/** Keeps the VIP entities' admin labels, the admin messages and the admin SQL in step. */
class VipAdminWiringTest {

    @Test
    void shouldHaveATextForEveryVipLabelAndSection() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/LoyaltyAdminMessages.properties")) {
            messages.load(in);
        }
        List<String> keys = new ArrayList<String>();
        for (Class<?> entity : new Class<?>[] {VipOfferImpl.class, PersonalCodeImpl.class}) {
            keys.add(entity.getAnnotation(AdminPresentationClass.class).friendlyName());
            for (Field field : entity.getDeclaredFields()) {
                AdminPresentation presentation = field.getAnnotation(AdminPresentation.class);
                if (presentation != null) {
                    keys.add(presentation.friendlyName());
                    if (!presentation.tooltip().isEmpty()) {
                        keys.add(presentation.tooltip());
                    }
                }
            }
        }
        keys.add("LoyaltyVipOffers");
        keys.add("LoyaltyPersonalCodes");

        assertThat(keys).allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void shouldPointTheSectionsAtTheControllersAndEntities() throws IOException {
        String sql;
        try (Scanner scanner = new Scanner(getClass().getResourceAsStream("/config/loyalty/sql/load_loyalty_admin_security.sql"),
                StandardCharsets.UTF_8.name()).useDelimiter("\\A")) {
            sql = scanner.next();
        }

        assertThat(sql).contains("'/" + AdminVipOfferController.SECTION_KEY + "', 'com.broadleafloyalty.vip.domain.VipOffer')");
        assertThat(sql).contains("'/" + AdminPersonalCodeController.SECTION_KEY
                + "', 'com.broadleafloyalty.vip.domain.PersonalCode')");
        assertThat(sql).doesNotContain("'PERMISSION_ALL_LOYALTY_PERSONAL_CODE'");
    }
}
