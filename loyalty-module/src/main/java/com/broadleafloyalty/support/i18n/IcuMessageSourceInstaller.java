package com.broadleafloyalty.support.i18n;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.util.BroadleafMergeResourceBundleMessageSource;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * Makes the context's {@code messageSource} an {@link IcuMessageSource}, whichever patch defined it first: Broadleaf
 * merges the {@code messageSource} beans of all patches into one (their basenames add up) but keeps the class of the
 * first definition, which in an admin is Broadleaf's own. A site that configured a message source class of its own
 * keeps it (with a warning: the loyalty plurals then show their raw patterns).
 */
public class IcuMessageSourceInstaller implements BeanFactoryPostProcessor {

    private static final Log LOG = LogFactory.getLog(IcuMessageSourceInstaller.class);

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        String name = AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME;
        if (!beanFactory.containsBeanDefinition(name)) {
            return;
        }
        BeanDefinition definition = beanFactory.getBeanDefinition(name);
        String className = definition.getBeanClassName();
        if (BroadleafMergeResourceBundleMessageSource.class.getName().equals(className)) {
            definition.setBeanClassName(IcuMessageSource.class.getName());
        } else if (!IcuMessageSource.class.getName().equals(className)) {
            LOG.warn("The messageSource is a " + className + ", not Broadleaf's merging message source: the loyalty"
                    + " messages keep their plural patterns unformatted. Extend " + IcuMessageSource.class.getName()
                    + " instead.");
        }
    }
}
