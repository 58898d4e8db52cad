package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.ledger.dao.LoyaltyAccountDao;
import org.springframework.transaction.annotation.Transactional;

import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

public class OrderTallyServiceImpl implements OrderTallyService {

    @Resource(name = "blLoyaltyAccountDao")
    protected LoyaltyAccountDao accounts;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<OrderTally> readAll() {
        return accounts.readAllTallies();
    }

    @Override
    @Transactional("blTransactionManager")
    public void correct(Long customerId, OrderTally truth, Date runStart) {
        accounts.correctTally(customerId, truth, runStart);
    }
}
