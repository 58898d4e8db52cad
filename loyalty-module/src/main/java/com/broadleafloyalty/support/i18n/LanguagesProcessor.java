package com.broadleafloyalty.support.i18n;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.util.ULocale;
import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.common.web.dialect.AbstractModelVariableModifierProcessor;
import org.thymeleaf.Arguments;
import org.thymeleaf.dom.Element;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;

/**
 * {@code <blc:loyalty_languages var="languages"/>}: the shop's languages (its {@code BLC_LOCALE} rows), each named in
 * itself (English, Română, Polski, Español) with the code a link passes as {@code ?blLocaleCode=}, Broadleaf's own
 * switch (the locale's default currency comes with it). The current one is marked.
 */
public class LanguagesProcessor extends AbstractModelVariableModifierProcessor {

    @Resource(name = "blLocaleService")
    protected LocaleService localeService;

    public LanguagesProcessor() {
        super("loyalty_languages");
    }

    @Override
    public int getPrecedence() {
        return 10000;
    }

    @Override
    protected void modifyModelAttributes(Arguments arguments, Element element) {
        String current = BroadleafRequestContext.hasLocale()
                ? BroadleafRequestContext.getBroadleafRequestContext().getLocale().getLocaleCode() : null;
        List<Language> languages = new ArrayList<Language>();
        for (Locale locale : localeService.findAllLocales()) {
            languages.add(new Language(locale.getLocaleCode(), locale.getLocaleCode().equals(current)));
        }
        String var = element.getAttributeValue("var");
        addToModel(arguments, var == null || var.trim().isEmpty() ? "loyaltyLanguages" : var.trim(), languages);
    }

    /** One language of the shop. */
    public static final class Language {

        private final String code;
        private final boolean current;

        Language(String code, boolean current) {
            this.code = code;
            this.current = current;
        }

        /** Broadleaf's locale code, e.g. ro_RO. */
        public String getCode() {
            return code;
        }

        /** The BCP 47 tag for {@code lang} and {@code hreflang} attributes, e.g. ro-RO. */
        public String getTag() {
            return new ULocale(code).toLanguageTag();
        }

        /** The language named in itself, capitalised as a menu item: English, Română, Polski, Español. */
        public String getName() {
            ULocale locale = new ULocale(code);
            String name = locale.getDisplayLanguage(locale);
            return name.isEmpty() ? code : UCharacter.toTitleCase(locale, name, null, UCharacter.TITLECASE_NO_LOWERCASE);
        }

        public boolean isCurrent() {
            return current;
        }
    }
}
