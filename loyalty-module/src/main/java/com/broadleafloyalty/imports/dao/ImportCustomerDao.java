package com.broadleafloyalty.imports.dao;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the registered customers an import file names, many at a time. */
public interface ImportCustomerDao {

    /** Those of the ids that are registered customers. */
    Set<Long> registeredIds(Collection<Long> ids);

    /** Lower-case email to the ids of the registered customers with that email (any case). */
    Map<String, List<Long>> registeredByEmail(Collection<String> lowerCaseEmails);
}
