package com.broadleafloyalty.vip.dao;

import com.broadleafloyalty.vip.domain.PersonalCode;
import org.broadleafcommerce.core.offer.domain.OfferCode;

import java.util.Collection;
import java.util.List;
import java.util.Map;

public interface PersonalCodeDao {

    PersonalCode create();

    /** Owners of those Broadleaf offer codes, keyed by offer code id (codes that are not personal are absent). */
    Map<Long, PersonalCode> readByOfferCodeIds(Collection<Long> offerCodeIds);

    PersonalCode readByOfferAndCustomer(Long offerId, Long customerId);

    List<PersonalCode> readByCustomer(Long customerId);

    List<PersonalCode> readByOffer(Long offerId);

    /** The offer's codes that are nobody's personal code (shared codes), oldest first. */
    List<OfferCode> readSharedCodes(Long offerId);

    /** Inserts and flushes, so a unique-constraint violation surfaces here. */
    PersonalCode insert(PersonalCode code);
}
